package org.releasesim.app;

import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.SteadyState;
import org.releasesim.experiment.stats.LinearTrend;
import org.releasesim.experiment.stats.WindowComparison;

/**
 * The lines {@code run} prints on standard error for key series that still trend, one per
 * series, so that nobody takes numbers from a run that had not reached its steady state without
 * being told.
 */
public final class SteadyStateWarnings {
  private SteadyStateWarnings() {}

  /** One warning per failing series, in report order; empty when all pass. */
  public static List<String> of(SteadyState steady) {
    return steady.failing().stream().map(SteadyStateWarnings::line).toList();
  }

  /** The one line shown when every series passes, for a run that prints a summary anyway. */
  public static String allPass(SteadyState steady) {
    return String.format(Locale.ROOT, "steady state: all %d key series pass (means of %s"
        + " within 3%% or within noise; see stationarity.csv)", steady.rows().size(),
        steady.windowsInWords());
  }

  static String line(SteadyState.Row row) {
    WindowComparison w = row.check().windows();
    String name = row.series().label();
    double change = w.relativeChange();
    if (Double.isNaN(change)) {
      return "warning: " + name + " cannot be checked for a trend: its first or last window"
          + " holds no value; record a longer period (time.years)";
    }
    String last = w.thirds() ? "last third's" : "last 3 years'";
    String first = w.thirds() ? "first third's" : "first 3 years'";
    String comparison = Double.isInfinite(change)
        ? String.format(Locale.ROOT, "%s mean is %.3g where the %s was 0", last, w.lastMean(),
            first)
        : String.format(Locale.ROOT, "%s mean is %.1f%% %s the %s", last, 100 * Math.abs(change),
            change > 0 ? "above" : "below", first);
    return "warning: " + name + " still trends: " + comparison + " (criterion 3%); consider a"
        + " longer warm-up (time.warmupYears)" + noiseNote(row.check().trend());
  }

  /** A failing change whose trend interval includes 0 may be noise rather than a trend. */
  private static String noiseNote(LinearTrend trend) {
    if (Double.isNaN(trend.halfWidth()) || trend.excludesZero()) {
      return "";
    }
    return "; the trend's 95% interval includes 0, so this may be noise (more residents would"
        + " tell)";
  }
}
