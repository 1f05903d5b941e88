package org.releasesim.experiment.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * A box in the input space: one limit per dimension, in dimension order. A row is in the box when
 * every limit contains its value.
 *
 * @param limits one per dimension
 */
public record Box(List<Limit> limits) {
  public Box {
    limits = List.copyOf(limits);
  }

  /** Whether row {@code row} of {@code data} lies in the box. */
  public boolean contains(PrimData data, int row) {
    for (int d = 0; d < limits.size(); d++) {
      if (!limits.get(d).contains(data.value(d, row))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the row lies in the box when dimension {@code free} is not restricted at all. */
  boolean containsIgnoring(PrimData data, int row, int free) {
    for (int d = 0; d < limits.size(); d++) {
      if (d != free && !limits.get(d).contains(data.value(d, row))) {
        return false;
      }
    }
    return true;
  }

  /** This box with another limit along one dimension. */
  public Box with(int dimension, Limit limit) {
    List<Limit> changed = new ArrayList<>(limits);
    changed.set(dimension, limit);
    return new Box(changed);
  }
}
