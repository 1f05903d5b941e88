package org.releasesim.experiment;

import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.stats.Stationarity;
import org.releasesim.experiment.stats.WindowComparison;

/**
 * Whether a run's key series have settled over the recorded period: the checks of
 * {@link Stationarity} on each {@link KeySeries}. A series that fails the project's criterion
 * still trends, and estimates from the run mix the warm-up's transient into the steady state.
 *
 * @param rows one per key series, in report order
 */
public record SteadyState(List<Row> rows) {
  public SteadyState {
    rows = List.copyOf(rows);
  }

  /**
   * One key series and its checks.
   *
   * @param series the series
   * @param check its checks
   */
  public record Row(KeySeries series, Stationarity check) {}

  /** The checks of each series. */
  public static SteadyState of(List<KeySeries> series) {
    return new SteadyState(series.stream()
        .map(s -> new Row(s, Stationarity.of(s.values()))).toList());
  }

  /** The series that fail the criterion, in report order. */
  public List<Row> failing() {
    return rows.stream().filter(r -> !r.check().passes()).toList();
  }

  /** Whether every series passes (true when there are none). */
  public boolean allPass() {
    return failing().isEmpty();
  }

  /**
   * The windows compared, in words: "the first and last 3 years", or for a short period "the
   * first and last third (the recorded period is shorter than 6 years)".
   */
  public String windowsInWords() {
    if (rows.isEmpty() || !rows.get(0).check().windows().thirds()) {
      return String.format(Locale.ROOT, "the first and last %s years",
          whole(WindowComparison.WINDOW_YEARS));
    }
    return String.format(Locale.ROOT, "the first and last third (the recorded period is"
        + " shorter than %s years)", whole(2 * WindowComparison.WINDOW_YEARS));
  }

  private static String whole(double years) {
    return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
  }
}
