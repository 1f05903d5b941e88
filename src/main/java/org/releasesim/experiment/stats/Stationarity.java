package org.releasesim.experiment.stats;

import org.releasesim.model.param.TimeParams;

/**
 * Whether a series of a run has settled over its recorded period, three ways: the project's
 * criterion (the first and last windows' means within 3%, {@link WindowComparison}), which
 * decides; the linear trend per year with its interval, which says whether a change is more
 * than noise; and the MSER-5 truncation point, which says how much of the start still looks
 * like warm-up.
 *
 * @param windows the first and last windows compared
 * @param trend the linear trend over yearly means (or sixths of a period shorter than six
 *     years, so that the fit has enough points)
 * @param mser5 the MSER-5 truncation point
 */
public record Stationarity(WindowComparison windows, LinearTrend trend, Mser5 mser5) {
  /** Blocks of the trend fit when the period is too short for yearly means. */
  private static final int SHORT_PERIOD_BLOCKS = 6;

  /** The three checks of {@code series}. */
  public static Stationarity of(IntervalSeries series) {
    boolean thirds = WindowComparison.of(series).thirds();
    double block = thirds ? series.spanDays() / (double) SHORT_PERIOD_BLOCKS
        : TimeParams.DAYS_PER_YEAR;
    LinearTrend trend = LinearTrend.of(series, block);
    return new Stationarity(WindowComparison.of(series, trend), trend, Mser5.of(series));
  }

  /** Whether the series passes the project's criterion. */
  public boolean passes() {
    return windows.passes();
  }
}
