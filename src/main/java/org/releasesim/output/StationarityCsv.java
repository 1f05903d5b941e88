package org.releasesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.releasesim.experiment.SteadyState;
import org.releasesim.experiment.stats.LinearTrend;
import org.releasesim.experiment.stats.WindowComparison;

/**
 * Writes {@value RunDirectory#STATIONARITY}: one row per key series with the columns of the
 * report's "Steady state" table, at full precision. {@code window_days} is the length of the
 * first and last window compared (3 years, or a third of a shorter period); the relative change
 * is in percent; {@code result} is {@code pass} or {@code fail} against the 3% criterion; the
 * slope is per year with its 95% interval; {@code mser5_truncation_days} is the day of the
 * recorded period from which MSER-5 would keep the data. NaN (a number that cannot be computed
 * from too few values) is an empty cell.
 */
public final class StationarityCsv {
  /** The header, in column order. */
  public static final List<String> HEADER = List.of("series", "group", "unit", "window_days",
      "first_mean", "last_mean", "relative_change_pct", "noise_pct", "result", "slope_per_year",
      "slope_low", "slope_high", "mser5_truncation_days");

  private StationarityCsv() {}

  /** Write the rows of {@code steady} to {@code file}, atomically. */
  public static void write(Path file, SteadyState steady) throws IOException {
    CsvFiles.write(file, HEADER, steady.rows(), StationarityCsv::cells);
  }

  private static List<String> cells(SteadyState.Row row) {
    WindowComparison w = row.check().windows();
    LinearTrend t = row.check().trend();
    return List.of(row.series().name(), row.series().group(), row.series().unit(),
        CsvNumbers.format(w.windowDays()), CsvNumbers.format(w.firstMean()),
        CsvNumbers.format(w.lastMean()), CsvNumbers.format(100 * w.relativeChange()),
        CsvNumbers.format(100 * w.noiseAllowance() / Math.abs(w.firstMean())),
        row.check().passes() ? "pass" : "fail", CsvNumbers.format(t.slopePerYear()),
        CsvNumbers.format(t.low()), CsvNumbers.format(t.high()),
        CsvNumbers.format(row.check().mser5().truncationDay()));
  }
}
