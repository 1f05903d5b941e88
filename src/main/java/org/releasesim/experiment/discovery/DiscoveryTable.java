package org.releasesim.experiment.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows scenario discovery looks at: for each row the inputs PRIM may restrict (a sweep's
 * factors, or a table's parameter columns) and the outcomes the condition reads.
 */
public final class DiscoveryTable {
  private final List<Dimension> inputs;
  private final double[][] inputColumns;
  private final List<String> outcomes;
  private final double[][] outcomeRows;
  private final List<String> rowNames;

  private DiscoveryTable(List<Dimension> inputs, double[][] inputColumns, List<String> outcomes,
      double[][] outcomeRows, List<String> rowNames) {
    this.inputs = List.copyOf(inputs);
    this.inputColumns = inputColumns;
    this.outcomes = List.copyOf(outcomes);
    this.outcomeRows = outcomeRows;
    this.rowNames = List.copyOf(rowNames);
  }

  /**
   * A table from its cells.
   *
   * @param inputNames the input columns
   * @param inputCells per input, its cell text in every row
   * @param levels per input, its categories in order if it is categorical by definition (a
   *     sweep's factor with levels that are not all numbers), else empty: then the input is
   *     numeric if every cell is a finite number, and categorical otherwise, its categories in
   *     order of first appearance
   * @param outcomes the outcome columns
   * @param outcomeRows per row, every outcome's value (NaN where undefined)
   * @param rowNames per row, how a message names it ({@code run 12}, {@code line 14})
   */
  public static DiscoveryTable of(List<String> inputNames, List<List<String>> inputCells,
      List<List<String>> levels, List<String> outcomes, double[][] outcomeRows,
      List<String> rowNames) {
    int rows = rowNames.size();
    List<Dimension> dims = new ArrayList<>();
    double[][] columns = new double[inputNames.size()][];
    for (int c = 0; c < inputNames.size(); c++) {
      List<String> cells = inputCells.get(c);
      double[] numbers = levels.get(c).isEmpty() ? numbers(cells) : null;
      if (numbers != null) {
        dims.add(Dimension.numeric(inputNames.get(c)));
        columns[c] = numbers;
        continue;
      }
      List<String> categories = new ArrayList<>(levels.get(c));
      columns[c] = new double[rows];
      for (int r = 0; r < rows; r++) {
        int code = categories.indexOf(cells.get(r));
        if (code < 0) {
          categories.add(cells.get(r));
          code = categories.size() - 1;
        }
        columns[c][r] = code;
      }
      dims.add(new Dimension(inputNames.get(c), categories));
    }
    return new DiscoveryTable(dims, columns, outcomes, outcomeRows, rowNames);
  }

  public List<Dimension> inputs() {
    return inputs;
  }

  public List<String> outcomes() {
    return outcomes;
  }

  public int rows() {
    return rowNames.size();
  }

  /** The least and greatest defined value of an outcome over the rows ({NaN, NaN} if none). */
  public double[] range(int outcome) {
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (double[] row : outcomeRows) {
      double v = row[outcome];
      if (!Double.isNaN(v)) {
        lo = Double.isNaN(lo) ? v : Math.min(lo, v);
        hi = Double.isNaN(hi) ? v : Math.max(hi, v);
      }
    }
    return new double[] {lo, hi};
  }

  /** PRIM's data: the inputs, each row marked by whether the condition holds for it. */
  public PrimData label(RowCondition condition) {
    boolean[] interesting = new boolean[rows()];
    for (int r = 0; r < rows(); r++) {
      interesting[r] = condition.test(outcomeRows[r], rowNames.get(r));
    }
    return new PrimData(inputs, inputColumns, interesting);
  }

  /** The cells as numbers, or null if one is not a finite number. */
  private static double[] numbers(List<String> cells) {
    double[] out = new double[cells.size()];
    for (int r = 0; r < cells.size(); r++) {
      try {
        out[r] = Double.parseDouble(cells.get(r).strip());
      } catch (NumberFormatException e) {
        return null;
      }
      if (!Double.isFinite(out[r])) {
        return null;
      }
    }
    return out;
  }
}
