package org.releasesim.experiment.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A mean over replicates with its 95% confidence interval from Student's t distribution:
 * {@code mean +- t(0.975, n-1) * sd / sqrt(n)}. Replicates of a stochastic model are independent
 * draws of the same outcome distribution, so the t interval is the textbook choice; it is
 * reported with n so that readers can judge it (Commons Math's {@code StatisticalSummary} has the
 * same parts).
 *
 * @param n replicates with a value (NaN values are left out)
 * @param mean the mean, or NaN when n = 0
 * @param sd the sample standard deviation (n - 1 in the denominator), or NaN when n < 2
 * @param halfWidth half the width of the 95% interval, or NaN when n < 2
 */
public record Estimate(long n, double mean, double sd, double halfWidth) {
  /** Confidence level of every interval we report. */
  public static final double LEVEL = 0.95;

  /** The lower end of the interval. */
  public double low() {
    return mean - halfWidth;
  }

  /** The upper end of the interval. */
  public double high() {
    return mean + halfWidth;
  }

  /** The estimate from values, leaving out NaN (a ratio with nothing to divide). */
  public static Estimate of(double[] values) {
    SummaryStatistics stats = new SummaryStatistics();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        stats.addValue(v);
      }
    }
    return of(stats);
  }

  /** The estimate from accumulated statistics. */
  public static Estimate of(StatisticalSummary stats) {
    long n = stats.getN();
    if (n == 0) {
      return new Estimate(0, Double.NaN, Double.NaN, Double.NaN);
    }
    if (n == 1) {
      return new Estimate(1, stats.getMean(), Double.NaN, Double.NaN);
    }
    double sd = stats.getStandardDeviation();
    return new Estimate(n, stats.getMean(), sd, halfWidth(n, sd));
  }

  /** Half-width of the 95% t interval of a mean of n values with sample sd. */
  public static double halfWidth(long n, double sd) {
    if (n < 2) {
      return Double.NaN;
    }
    double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
    return t * sd / Math.sqrt(n);
  }

  /**
   * Replicates needed for the half-width to shrink to {@code target}, from this estimate's sd:
   * the usual {@code n * (halfWidth / target)^2}, rounded up (the t quantile barely moves for
   * n above 10, so one step of the formula is close).
   */
  public long replicatesFor(double target) {
    if (n < 2 || !(halfWidth > target)) {
      return n;
    }
    return (long) Math.ceil(n * (halfWidth / target) * (halfWidth / target));
  }
}
