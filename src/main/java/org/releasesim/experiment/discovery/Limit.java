package org.releasesim.experiment.discovery;

import java.util.List;

/** What a box allows along one dimension. */
public sealed interface Limit {
  boolean contains(double value);

  /**
   * A closed interval of a numeric dimension; the whole box starts at the data's range.
   *
   * @param lower the least value allowed
   * @param upper the greatest value allowed
   */
  record Interval(double lower, double upper) implements Limit {
    @Override
    public boolean contains(double value) {
      return value >= lower && value <= upper;
    }
  }

  /**
   * The categories a categorical dimension allows, by index, in increasing order.
   *
   * @param allowed the indices of the allowed categories
   */
  record Categories(List<Integer> allowed) implements Limit {
    public Categories {
      allowed = List.copyOf(allowed);
    }

    @Override
    public boolean contains(double value) {
      return allowed.contains((int) value);
    }
  }
}
