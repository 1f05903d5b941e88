package org.releasesim.experiment.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows PRIM works on: each row's input values, one column per dimension (a categorical
 * dimension holds category indices), and whether the condition holds for it.
 */
public final class PrimData {
  private final List<Dimension> dimensions;
  private final double[][] columns;
  private final boolean[] interesting;
  private final int hits;

  /**
   * @param dimensions the inputs
   * @param columns one array per dimension, each with a value per row
   * @param interesting per row, whether the condition holds (a "case of interest")
   */
  public PrimData(List<Dimension> dimensions, double[][] columns, boolean[] interesting) {
    this.dimensions = List.copyOf(dimensions);
    this.interesting = interesting.clone();
    if (columns.length != dimensions.size()) {
      throw new IllegalArgumentException(columns.length + " columns for " + dimensions.size()
          + " dimensions");
    }
    this.columns = new double[columns.length][];
    for (int d = 0; d < columns.length; d++) {
      Objects.requireNonNull(columns[d], "column");
      if (columns[d].length != interesting.length) {
        throw new IllegalArgumentException("column " + dimensions.get(d).name() + " has "
            + columns[d].length + " rows, not " + interesting.length);
      }
      for (double v : columns[d]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("column " + dimensions.get(d).name()
              + " holds a value that is not a finite number: " + v);
        }
      }
      this.columns[d] = columns[d].clone();
    }
    int h = 0;
    for (boolean b : interesting) {
      h += b ? 1 : 0;
    }
    this.hits = h;
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  public int rows() {
    return interesting.length;
  }

  /** The number of rows where the condition holds. */
  public int hits() {
    return hits;
  }

  public double value(int dimension, int row) {
    return columns[dimension][row];
  }

  public boolean interesting(int row) {
    return interesting[row];
  }

  /** The box holding every row: each numeric dimension's range, every category. */
  public Box fullBox() {
    List<Limit> limits = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      Dimension dim = dimensions.get(d);
      if (dim.categorical()) {
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < dim.categories().size(); c++) {
          all.add(c);
        }
        limits.add(new Limit.Categories(all));
      } else {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : columns[d]) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        limits.add(new Limit.Interval(lo, hi));
      }
    }
    return new Box(limits);
  }
}
