package org.releasesim.experiment.stats;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Percentile bootstrap intervals (Efron and Tibshirani 1993, ch. 13) for statistics computed
 * from n exchangeable units, such as the rows of a Saltelli design or the trajectories of a
 * Morris design: resample units with replacement, recompute, take the 2.5% and 97.5% quantiles.
 * The generator is passed in, so the interval is reproducible from the sweep's master seed.
 */
public final class PercentileBootstrap {
  private final int resamples;
  private final MersenneTwisterFast random;

  /**
   * @param resamples bootstrap resamples (a few hundred suffice for a 95% interval)
   * @param random the generator; resampling consumes it
   */
  public PercentileBootstrap(int resamples, MersenneTwisterFast random) {
    if (resamples < 10) {
      throw new IllegalArgumentException("need at least 10 bootstrap resamples, got " + resamples);
    }
    this.resamples = resamples;
    this.random = random;
  }

  /**
   * Intervals for a statistic with several components (one per factor).
   *
   * @param units how many units there are
   * @param statistic the statistic of a resample, given the unit indices drawn
   * @return {@code [component][0 = low, 1 = high]}
   */
  public double[][] intervals(int units, Function<int[], double[]> statistic) {
    double[][] draws = null;
    for (int b = 0; b < resamples; b++) {
      int[] sample = new int[units];
      for (int i = 0; i < units; i++) {
        sample[i] = random.nextInt(units);
      }
      double[] value = statistic.apply(sample);
      if (draws == null) {
        draws = new double[value.length][resamples];
      }
      for (int c = 0; c < value.length; c++) {
        draws[c][b] = value[c];
      }
    }
    double[][] result = new double[draws == null ? 0 : draws.length][];
    for (int c = 0; c < result.length; c++) {
      result[c] = new double[] {quantile(draws[c], (1 - Estimate.LEVEL) / 2),
          quantile(draws[c], (1 + Estimate.LEVEL) / 2)};
    }
    return result;
  }

  /** Type-7 quantile (linear interpolation, R's default) of the finite values. */
  static double quantile(double[] values, double p) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (finite.length == 0) {
      return Double.NaN;
    }
    double h = (finite.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, finite.length - 1);
    return finite[lo] + (h - lo) * (finite[hi] - finite[lo]);
  }
}
