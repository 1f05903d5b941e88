package org.releasesim.experiment.stats;

import org.releasesim.model.param.TimeParams;

/**
 * The project's test of "no trend": the mean over the last window of the recorded period is
 * within {@link #TOLERANCE} of the mean over the first window. The windows are the first and
 * last {@value #WINDOW_YEARS} years, or, when the recorded period is shorter than two such
 * windows, its first and last third (so they never overlap).
 *
 * @param windowDays length of each window, days
 * @param thirds true when the windows are thirds of the period rather than
 *     {@value #WINDOW_YEARS} years
 * @param firstMean mean over the first window (time-weighted; NaN if it holds no value)
 * @param lastMean mean over the last window
 */
public record WindowComparison(double windowDays, boolean thirds, double firstMean,
    double lastMean) {
  /** Largest relative change of the mean that still counts as no trend. */
  public static final double TOLERANCE = 0.03;
  /** Length of each window when the recorded period is long enough, years. */
  public static final double WINDOW_YEARS = 3;
  /**
   * Rounding allowance: the criterion includes its boundary, and a mean of exactly 3% more
   * must not fail on the last bit of a floating-point division.
   */
  private static final double ROUNDING = 1e-9;

  /** Compares the first and last window of {@code series}. */
  public static WindowComparison of(IntervalSeries series) {
    double window = WINDOW_YEARS * TimeParams.DAYS_PER_YEAR;
    double span = series.spanDays();
    // a period of exactly 6 years ends on a whole day just before 2191.5: allow half an interval
    boolean thirds = span + series.typicalIntervalDays() / 2 < 2 * window;
    double days = thirds ? span / 3 : window;
    return new WindowComparison(days, thirds, series.meanOver(0, days),
        series.meanOver(span - days, Double.POSITIVE_INFINITY));
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

  /** Whether the series passes: a relative change of at most 3% either way (not NaN). */
  public boolean passes() {
    return Math.abs(relativeChange()) <= TOLERANCE + ROUNDING;
  }
}
