package org.releasesim.experiment.posterior;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Statistics of a weighted sample (weights normalised to sum to 1): the posterior summaries of
 * one parameter.
 */
public final class WeightedSample {
  private WeightedSample() {}

  public static double mean(double[] x, double[] w) {
    double m = 0;
    for (int i = 0; i < x.length; i++) {
      m += w[i] * x[i];
    }
    return m;
  }

  /** The weighted standard deviation (the spread of the distribution the weights describe). */
  public static double sd(double[] x, double[] w) {
    double m = mean(x, w);
    double v = 0;
    for (int i = 0; i < x.length; i++) {
      v += w[i] * (x[i] - m) * (x[i] - m);
    }
    return Math.sqrt(v);
  }

  /**
   * The weighted quantile: the smallest value whose cumulative weight reaches {@code p} (the
   * inverse of the weighted empirical distribution function).
   */
  public static double quantile(double[] x, double[] w, double p) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
    double cumulative = 0;
    for (int i : order) {
      cumulative += w[i];
      if (cumulative >= p - 1e-12) {
        return x[i];
      }
    }
    return x[order[order.length - 1]];
  }
}
