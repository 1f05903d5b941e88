package org.releasesim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.releasesim.experiment.design.SaltelliDesign;
import org.releasesim.experiment.stats.PercentileBootstrap;

/**
 * First- and total-order Sobol' indices from a {@link SaltelliDesign}, with the estimators
 * recommended by Saltelli et al. 2010 (Comput. Phys. Commun. 181, table 2):
 * <pre>
 *   V    = variance of f(A) and f(B) together, m their mean
 *   S1_i = mean_j (f(B)_j - m) (f(AB_i)_j - f(A)_j) / V           (Saltelli et al. 2010, b)
 *   ST_i = mean_j (f(A)_j - f(AB_i)_j)^2 / (2 V)                  (Jansen 1999, f)
 * </pre>
 * Jansen's total-order estimator (Jansen 1999, "Analysis of variance designs for model output",
 * Comput. Phys. Commun. 117) is unbiased and converges faster than the older ones. The S1
 * estimator's expectation does not change when a constant is added to f, but its variance grows
 * with the mean squared, so f(B) is centred on the mean of f(A) and f(B) first (as SALib does by
 * standardising outputs): outcomes such as crimes per 100,000, which vary by a few percent around
 * a large mean, otherwise give intervals wider than the index's whole range. Rows with a missing
 * output are left out. Intervals resample rows (percentile bootstrap).
 */
public final class SobolAnalysis {
  private SobolAnalysis() {}

  /**
   * Indices for every factor.
   *
   * @param y one output per design point, in design order
   */
  public static List<SobolIndex> analyze(SaltelliDesign design, double[] y,
      PercentileBootstrap bootstrap) {
    int k = design.factors().size();
    Rows rows = Rows.of(y, k);
    double[][] point = indices(rows, identity(rows.size()));
    double[][] ci = bootstrap.intervals(rows.size(), sample -> concat(indices(rows, sample)));
    List<SobolIndex> result = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      result.add(new SobolIndex(design.factors().get(i).name(), point[0][i], ci[i][0], ci[i][1],
          point[1][i], ci[k + i][0], ci[k + i][1]));
    }
    return result;
  }

  /**
   * The estimators on plain arrays, for tests and other designs.
   *
   * @param a f(A), one value per row
   * @param b f(B)
   * @param ab f(AB_i), {@code [factor][row]}
   * @return {@code [0] = S1, [1] = ST}, one value per factor
   */
  public static double[][] indices(double[] a, double[] b, double[][] ab) {
    Rows rows = new Rows(a, b, ab);
    return indices(rows, identity(rows.size()));
  }

  private static double[][] indices(Rows rows, int[] sample) {
    int k = rows.ab().length;
    double[] both = new double[2 * sample.length];
    for (int s = 0; s < sample.length; s++) {
      both[2 * s] = rows.a()[sample[s]];
      both[2 * s + 1] = rows.b()[sample[s]];
    }
    double v = new Variance().evaluate(both);
    double centre = new Mean().evaluate(both);
    double[][] result = new double[2][k];
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int j : sample) {
        double a = rows.a()[j];
        double abij = rows.ab()[i][j];
        first += (rows.b()[j] - centre) * (abij - a);
        total += (a - abij) * (a - abij);
      }
      result[0][i] = first / sample.length / v;
      result[1][i] = total / sample.length / (2 * v);
    }
    return result;
  }

  private static int[] identity(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  private static double[] concat(double[][] parts) {
    int k = parts[0].length;
    double[] out = new double[2 * k];
    System.arraycopy(parts[0], 0, out, 0, k);
    System.arraycopy(parts[1], 0, out, k, k);
    return out;
  }

  /** The outputs rearranged by base row, rows with a missing output dropped. */
  private record Rows(double[] a, double[] b, double[][] ab) {
    int size() {
      return a.length;
    }

    static Rows of(double[] y, int k) {
      int width = k + 2;
      if (y.length % width != 0) {
        throw new IllegalArgumentException("expected a multiple of " + width + " outputs, got "
            + y.length);
      }
      List<Integer> complete = new ArrayList<>();
      for (int j = 0; j < y.length / width; j++) {
        boolean ok = true;
        for (int m = 0; m < width; m++) {
          ok &= !Double.isNaN(y[j * width + m]);
        }
        if (ok) {
          complete.add(j);
        }
      }
      int n = complete.size();
      double[] a = new double[n];
      double[] b = new double[n];
      double[][] ab = new double[k][n];
      for (int r = 0; r < n; r++) {
        int base = complete.get(r) * width;
        a[r] = y[base];
        b[r] = y[base + 1];
        for (int i = 0; i < k; i++) {
          ab[i][r] = y[base + 2 + i];
        }
      }
      return new Rows(a, b, ab);
    }
  }
}
