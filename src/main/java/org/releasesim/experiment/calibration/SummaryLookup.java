package org.releasesim.experiment.calibration;

import java.util.List;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

/**
 * Finds rows of a one-county run's summary, the same rows {@code summary.csv} holds, so that the
 * calibration measures what a user of {@code release-sim run} would read.
 */
final class SummaryLookup {
  private final List<SummaryRow> rows;

  SummaryLookup(List<SummaryRow> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The row of a metric with the given breakdown ({@code all} for a dimension summed out). */
  SummaryRow row(Metric metric, String type, String group, String status) {
    return rows.stream()
        .filter(r -> r.metric().equals(metric.id()) && r.type().equals(type)
            && r.group().equals(group) && r.status().equals(status))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no summary row " + metric + " " + type
            + " " + group + " " + status));
  }

  /** A metric's total (flows) or mean level (stocks) for one crime type, all groups. */
  double ofType(Metric metric, String type) {
    return row(metric, type, SeriesPoint.ALL, SeriesPoint.ALL).value();
  }

  /** A metric's value for one status category, all types and groups. */
  double ofStatus(Metric metric, Enum<?> status) {
    return row(metric, SeriesPoint.ALL, SeriesPoint.ALL, status.name()).value();
  }

  /** A metric's row with every breakdown summed out. */
  SummaryRow total(Metric metric) {
    return row(metric, SeriesPoint.ALL, SeriesPoint.ALL, SeriesPoint.ALL);
  }

  /** a / b, or NaN when b is 0. */
  static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }
}
