package org.releasesim.experiment.discovery;

import java.util.List;

/**
 * One box of a PRIM trajectory with its figures (Bryant and Lempert 2010): of the rows where the
 * condition holds, the share inside the box ({@code coverage}); of the rows inside the box, the
 * share where it holds ({@code density}); of all rows, the share inside ({@code mass}).
 *
 * @param index the box's place in the peeling trajectory, 0 for the box holding every row
 * @param box the limits
 * @param rows the rows inside
 * @param hits the rows inside where the condition holds
 * @param coverage hits / every row where the condition holds
 * @param density hits / rows
 * @param mass rows / every row
 * @param restricted the dimensions whose limit is narrower than the data's, in order
 */
public record PrimBox(int index, Box box, int rows, int hits, double coverage, double density,
    double mass, List<Integer> restricted) {
  public PrimBox {
    restricted = List.copyOf(restricted);
  }
}
