package org.releasesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.releasesim.model.metrics.Metric;

/**
 * Writes {@value RunDirectory#METRICS}, the dictionary of metrics that {@code timeseries.csv} and
 * {@code summary.csv} refer to: one row per metric with its kind, its units in the summary and
 * in the time series, its breakdown dimensions and their levels, whether its rows add up, the
 * numerator and denominator of a ratio or rate, and its description.
 */
public final class MetricsCsv {
  /** The header, in column order. */
  public static final List<String> HEADER = List.of("metric", "kind", "unit", "timeseries_unit",
      "dimensions", "types", "groups", "statuses", "summable", "numerator", "denominator",
      "description");
  /** Separates the levels of a dimension in one cell. */
  public static final String LEVELS = ";";

  private MetricsCsv() {}

  /** Writes every metric, in {@link Metric} order, atomically. */
  public static void write(Path file) throws IOException {
    CsvFiles.write(file, HEADER, List.of(Metric.values()), MetricsCsv::cells);
  }

  private static List<String> cells(Metric m) {
    return List.of(m.id(), m.kind().name().toLowerCase(Locale.ROOT), m.unit(), m.seriesUnit(),
        m.dimensions().isEmpty() ? "none" : String.join(" x ", m.dimensions()),
        String.join(LEVELS, m.types()), String.join(LEVELS, m.groups()),
        String.join(LEVELS, m.statuses()), Boolean.toString(m.additive() && !m.derived()),
        m.numerator() == null ? "" : m.numerator().id(),
        m.denominator() == null ? "" : m.denominator().id(), m.description());
  }
}
