package org.releasesim.experiment;

import java.util.List;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

/**
 * What one run produced.
 *
 * @param series the time series (empty when the run was asked to keep totals only)
 * @param summary the summary rows
 * @param events person events fired (the model's unit of work)
 * @param wallSeconds wall-clock time of the run
 * @param invariantChecks conservation checks passed in this process (0 unless asked for)
 */
public record RunResult(List<SeriesPoint> series, List<SummaryRow> summary, long events,
    double wallSeconds, long invariantChecks) {
  public RunResult {
    series = List.copyOf(series);
    summary = List.copyOf(summary);
  }

  /** A result of a run without conservation checks. */
  public RunResult(List<SeriesPoint> series, List<SummaryRow> summary, long events,
      double wallSeconds) {
    this(series, summary, events, wallSeconds, 0);
  }

  /** The summary value of a metric with every breakdown at {@code all}, over all jurisdictions. */
  public double total(String metric) {
    String scope = summary.stream().map(SummaryRow::jurisdiction).distinct().count() > 1
        ? SeriesPoint.ALL : summary.get(0).jurisdiction();
    return summary.stream()
        .filter(r -> r.metric().equals(metric) && r.jurisdiction().equals(scope)
            && r.type().equals(SeriesPoint.ALL) && r.group().equals(SeriesPoint.ALL)
            && r.status().equals(SeriesPoint.ALL))
        .mapToDouble(SummaryRow::value).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no summary row for " + metric));
  }
}
