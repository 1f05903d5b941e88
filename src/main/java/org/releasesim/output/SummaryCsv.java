package org.releasesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SummaryRow;

/**
 * Reads and writes a run's summary, {@value RunDirectory#SUMMARY}: one row per metric and
 * breakdown, with columns
 * {@code jurisdiction,metric,type,group,status,kind,value,per_year,per_100k_per_year,unit,margin}.
 * The kind is written in lower case ({@code flow}, {@code stock}, {@code ratio}, {@code rate}); a
 * NaN (a figure that does not apply) is an empty cell, which R and pandas read as missing. A
 * rate's value is per 100,000 residents of the row's own group per year, so its
 * {@code per_year} and {@code per_100k_per_year} cells are empty.
 *
 * <p>{@code unit} is the unit of {@code value} ({@link SummaryRow#unit()}); {@code per_year} is
 * in that unit per year and {@code per_100k_per_year} in that unit per 100,000 residents per
 * year (for stocks, per 100,000 residents). {@code margin} is {@code true} for a row that totals
 * other rows ({@code all} in a breakdown the metric has, or in the jurisdiction), so that a sum
 * over the rows with {@code margin} false counts nothing twice ({@link SummaryRow#margin()}).
 * Both were added after the other columns, at the end, so scripts that read the earlier columns
 * by position still work.
 */
public final class SummaryCsv {
  /** The header, in column order. */
  public static final List<String> HEADER = List.of("jurisdiction", "metric", "type", "group",
      "status", "kind", "value", "per_year", "per_100k_per_year", "unit", "margin");

  private SummaryCsv() {}

  /** Write {@code rows} to {@code file}, in the order given, atomically. */
  public static void write(Path file, List<SummaryRow> rows) throws IOException {
    CsvFiles.write(file, HEADER, rows, r -> List.of(r.jurisdiction(), r.metric(), r.type(),
        r.group(), r.status(), r.kind().name().toLowerCase(Locale.ROOT),
        CsvNumbers.format(r.value()), CsvNumbers.format(r.perYear()),
        CsvNumbers.format(r.per100kPerYear()), r.unit(), Boolean.toString(r.margin())));
  }

  /**
   * Read a file written by {@link #write}. The unit and margin cells follow from the other
   * cells, so they are not kept.
   *
   * @throws IOException if the file cannot be read or is not a summary file; the message names
   *     the file and line
   */
  public static List<SummaryRow> read(Path file) throws IOException {
    return CsvFiles.read(file, HEADER, SummaryCsv::toRow);
  }

  private static SummaryRow toRow(CSVRecord r) {
    return new SummaryRow(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), kind(r.get(5)),
        CsvNumbers.parse(r.get(6)), CsvNumbers.parse(r.get(7)), CsvNumbers.parse(r.get(8)));
  }

  private static Metric.Kind kind(String cell) {
    try {
      return Metric.Kind.valueOf(cell.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kind must be flow, stock, ratio or rate, got '" + cell
          + "'", e);
    }
  }
}
