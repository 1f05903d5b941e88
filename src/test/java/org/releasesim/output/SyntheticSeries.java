package org.releasesim.output;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;

/** A made-up but plausible weekly time series with every metric and breakdown, for tests. */
final class SyntheticSeries {
  private SyntheticSeries() {}

  /** {@code weeks} weekly intervals (days 7, 14, ...) for each jurisdiction. */
  static List<SeriesPoint> weekly(List<String> jurisdictions, int weeks) {
    List<SeriesPoint> points = new ArrayList<>();
    for (int week = 1; week <= weeks; week++) {
      for (int j = 0; j < jurisdictions.size(); j++) {
        for (Metric metric : Metric.values()) {
          addCells(points, week * 7, jurisdictions.get(j), metric, (j + 1) * (1 + week % 5));
        }
      }
    }
    return points;
  }

  private static void addCells(List<SeriesPoint> points, int day, String jurisdiction,
      Metric metric, double scale) {
    int cell = 0;
    for (String type : metric.types()) {
      for (String group : metric.groups()) {
        for (String status : metric.statuses()) {
          cell++;
          double value = switch (metric) {
            case REPORTING_RATE, UNREPORTED_SHARE, TRUST -> 0.4 + 0.01 * cell;
            case RESIDENTS -> 1000.0 * cell * scale;
            case VICTIMISATION_RATE -> 500.0 * cell;
            case COSTS -> 10_000.0 * cell * scale;
            case REPORTED -> scale * cell * 0.5;
            default -> scale * cell;
          };
          points.add(new SeriesPoint(day, jurisdiction, metric.id(), type, group, status, value));
        }
      }
    }
  }
}
