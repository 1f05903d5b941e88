package org.releasesim.experiment.design;

import java.util.List;

/**
 * One point of a design: a value for every factor, as scenario override text.
 *
 * @param index the point's number, from 0, in design order
 * @param values one value per factor, in factor order
 */
public record DesignPoint(int index, List<String> values) {
  public DesignPoint {
    values = List.copyOf(values);
  }
}
