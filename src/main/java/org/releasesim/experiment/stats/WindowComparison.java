package org.releasesim.experiment.stats;

import org.releasesim.model.param.TimeParams;

/**
 * The project's test of "no trend": the mean over the last window of the recorded period is
 * within {@link #TOLERANCE} of the mean over the first window, or the two means differ by no
 * more than run-to-run noise allows (the Student t quantile for the standard error's degrees of
 * freedom times that standard error; a 5% level over the nine key series together). The standard error is the larger of two
 * estimates: batch means within the windows (each cut into {@value #BATCHES} batches, long
 * enough that weekly autocorrelation is mostly inside a batch), and the spread of the whole
 * period's yearly means about the linear trend, which also sees the slower swings of a small
 * series (a year of many releases, then a quiet one) without letting a trend pass as noise. A series as small as a county's ICE custody
 * population swings by more than 3% between windows from chance alone; a drift is flagged when
 * it is both larger than 3% and larger than chance explains. The windows are the first and
 * last {@value #WINDOW_YEARS} years, or, when the recorded period is shorter than two such
 * windows, its first and last third (so they never overlap).
 *
 * @param windowDays length of each window, days
 * @param thirds true when the windows are thirds of the period rather than
 *     {@value #WINDOW_YEARS} years
 * @param firstMean mean over the first window (time-weighted; NaN if it holds no value)
 * @param lastMean mean over the last window
 * @param differenceSe standard error of {@code lastMean - firstMean} (0 when the windows hold
 *     too few batches to tell)
 * @param noiseAllowance the largest difference chance explains: the standard error times the
 *     Student t quantile for its degrees of freedom at a 5% level over the nine key series
 *     together (0 without an estimate)
 */
public record WindowComparison(double windowDays, boolean thirds, double firstMean,
    double lastMean, double differenceSe, double noiseAllowance) {
  /** Batches each window is cut into for the standard error of its mean (quarters of 3 years). */
  public static final int BATCHES = 12;
  /**
   * Two-sided level of the noise allowance for one series: 5% over the nine key series together
   * (Bonferroni). With the Student t quantile for the standard error's own degrees of freedom,
   * an estimate from few blocks allows more, as it should.
   */
  public static final double NOISE_LEVEL = 0.05 / 9;
  /**
   * Fewest blocks about the trend line whose spread counts as noise: fewer (a short period cut
   * into sixths) would let the shape of a transient pass for noise.
   */
  public static final int MIN_TREND_BLOCKS = 10;
  /** Largest relative change of the mean that still counts as no trend. */
  public static final double TOLERANCE = 0.03;
  /** Length of each window when the recorded period is long enough, years. */
  public static final double WINDOW_YEARS = 3;
  /**
   * Rounding allowance: the criterion includes its boundary, and a mean of exactly 3% more
   * must not fail on the last bit of a floating-point division.
   */
  private static final double ROUNDING = 1e-9;

  /** Compares the first and last window of {@code series}, with batch-means noise only. */
  public static WindowComparison of(IntervalSeries series) {
    return of(series, null);
  }

  /**
   * Compares the first and last window of {@code series}; {@code trend}, when given, adds the
   * block-to-block noise about the trend line to the noise estimate.
   */
  public static WindowComparison of(IntervalSeries series, LinearTrend trend) {
    double window = WINDOW_YEARS * TimeParams.DAYS_PER_YEAR;
    double span = series.spanDays();
    // a period of exactly 6 years ends on a whole day just before 2191.5: allow half an interval
    boolean thirds = span + series.typicalIntervalDays() / 2 < 2 * window;
    double days = thirds ? span / 3 : window;
    double lastStart = span - days;
    double se = Math.hypot(batchSe(series, 0, days), batchSe(series, lastStart, days));
    se = Double.isNaN(se) ? 0 : se;
    double allowance = se * tQuantile(2 * (BATCHES - 1));
    if (trend != null && trend.blocks() >= MIN_TREND_BLOCKS
        && !Double.isNaN(trend.residualVariance())) {
      // each window's mean averages days / blockDays blocks of that variance
      double blocksPerWindow = days / trend.blockDays();
      double trendSe = Math.sqrt(2 * trend.residualVariance() / blocksPerWindow);
      double trendAllowance = trendSe * tQuantile(trend.blocks() - 2);
      if (trendAllowance > allowance) {
        se = trendSe;
        allowance = trendAllowance;
      }
    }
    return new WindowComparison(days, thirds, series.meanOver(0, days),
        series.meanOver(lastStart, Double.POSITIVE_INFINITY), se, allowance);
  }

  /** A comparison without a noise estimate (the means alone decide). */
  public WindowComparison(double windowDays, boolean thirds, double firstMean, double lastMean) {
    this(windowDays, thirds, firstMean, lastMean, 0, 0);
  }

  private static double tQuantile(int degreesOfFreedom) {
    return new org.apache.commons.math3.distribution.TDistribution(null, degreesOfFreedom)
        .inverseCumulativeProbability(1 - NOISE_LEVEL / 2);
  }

  /** Standard error of a window's mean from the spread of its batch means. */
  private static double batchSe(IntervalSeries series, double from, double days) {
    double[] means = new double[BATCHES];
    double batch = days / BATCHES;
    for (int b = 0; b < BATCHES; b++) {
      means[b] = series.meanOver(from + b * batch, from + (b + 1) * batch);
    }
    double sd = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation()
        .evaluate(means);
    return sd / Math.sqrt(BATCHES);
  }

  /** Whether the two windows' means differ by no more than noise allows. */
  public boolean withinNoise() {
    return Math.abs(lastMean - firstMean) <= noiseAllowance;
  }

  /**
   * {@code (last - first) / first}: 0.084 when the last window's mean is 8.4% above the first's.
   * Both means 0 is no change; a first mean of 0 and a last one that is not is an infinite
   * change; NaN when either window holds no value.
   */
  public double relativeChange() {
    if (firstMean == 0 && lastMean == 0) {
      return 0;
    }
    if (firstMean == 0) {
      return Math.copySign(Double.POSITIVE_INFINITY, lastMean);
    }
    return (lastMean - firstMean) / Math.abs(firstMean);
  }

  /**
   * Whether the series passes: a relative change of at most 3% either way, or one that noise
   * explains (never for NaN).
   */
  public boolean passes() {
    double change = relativeChange();
    return Math.abs(change) <= TOLERANCE + ROUNDING || !Double.isNaN(change) && withinNoise();
  }
}
