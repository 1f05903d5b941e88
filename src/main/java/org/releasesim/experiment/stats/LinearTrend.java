package org.releasesim.experiment.stats;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.releasesim.model.param.TimeParams;

/**
 * A straight line fitted by least squares to the means of consecutive blocks of a series
 * (years, normally), with the 95% interval of its slope. Block means rather than the raw
 * values, because neighbouring values of a run are correlated and a fit to them would give an
 * interval far too narrow; the means of whole years are much closer to independent.
 *
 * @param slopePerYear change of the series per year, in the series' unit
 * @param halfWidth half the width of the slope's 95% interval (Student t with blocks - 2
 *     degrees of freedom); NaN with fewer than 3 blocks
 * @param blocks block means fitted
 * @param blockDays length of a block, days
 * @param residualVariance variance of the block means about the line, estimated robustly (the
 *     squared median absolute deviation of the residuals x 1.4826, so that one odd block, such
 *     as a first year still filling up, does not pass for noise): the block-to-block noise with
 *     any linear trend taken out; NaN with fewer than 3 blocks
 */
public record LinearTrend(double slopePerYear, double halfWidth, int blocks, double blockDays,
    double residualVariance) {

  /**
   * The trend of {@code series} over blocks of {@code blockDays}. Only whole blocks are used: a
   * last part-block (a run of 10.5 years has half a year left) would weigh as much as a year on
   * half the data. A period that ends half an interval short of a block's end still counts it
   * whole, since runs end on the whole day before a fractional one.
   */
  public static LinearTrend of(IntervalSeries series, double blockDays) {
    int whole = (int) Math.floor((series.spanDays() + series.typicalIntervalDays() / 2)
        / blockDays);
    SimpleRegression line = new SimpleRegression();
    double[][] points = new double[whole][];
    int kept = 0;
    for (int b = 0; b < whole; b++) {
      double mean = series.meanOver(b * blockDays, (b + 1) * blockDays);
      if (!Double.isNaN(mean)) {
        double x = (b + 0.5) * blockDays / TimeParams.DAYS_PER_YEAR;
        line.addData(x, mean);
        points[kept++] = new double[] {x, mean};
      }
    }
    int n = (int) line.getN();
    double slope = n < 2 ? Double.NaN : line.getSlope();
    double half = n < 3 ? Double.NaN
        : line.getSlopeConfidenceInterval(1 - Estimate.LEVEL);
    return new LinearTrend(slope, half, n, blockDays,
        n < 3 ? Double.NaN : robustResidualVariance(line, points, kept));
  }

  /** Normal-consistent MAD of the residuals about the line, squared. */
  private static double robustResidualVariance(SimpleRegression line, double[][] points, int n) {
    double[] residuals = new double[n];
    for (int i = 0; i < n; i++) {
      residuals[i] = points[i][1] - line.predict(points[i][0]);
    }
    double center = new org.apache.commons.math3.stat.descriptive.rank.Median()
        .evaluate(residuals);
    for (int i = 0; i < n; i++) {
      residuals[i] = Math.abs(residuals[i] - center);
    }
    double mad = 1.4826 * new org.apache.commons.math3.stat.descriptive.rank.Median()
        .evaluate(residuals);
    return mad * mad;
  }

  /** The lower end of the slope's interval. */
  public double low() {
    return slopePerYear - halfWidth;
  }

  /** The upper end of the slope's interval. */
  public double high() {
    return slopePerYear + halfWidth;
  }

  /** Whether the interval leaves out 0: a trend the noise of the blocks does not explain. */
  public boolean excludesZero() {
    return low() > 0 || high() < 0;
  }
}
