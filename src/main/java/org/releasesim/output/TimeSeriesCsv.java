package org.releasesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * Reads and writes a run's time series, {@value RunDirectory#TIMESERIES}, in tidy long form:
 * one row per value, with columns {@code day,jurisdiction,metric,type,group,status,value}. R's
 * {@code read.csv} and pandas' {@code read_csv} read it without reshaping, and the charts are
 * drawn from what {@link #read} returns, so the CSV alone is enough to redraw them.
 *
 * <p>Numbers follow {@link CsvNumbers}, so a file read back gives exactly the points written.
 * {@link TimeSeriesWriter} writes the same file row by row while a run proceeds.
 */
public final class TimeSeriesCsv {
  /** The header, in column order. */
  public static final List<String> HEADER =
      List.of("day", "jurisdiction", "metric", "type", "group", "status", "value");

  private TimeSeriesCsv() {}

  /** Write {@code points} to {@code file}, in the order given, atomically. */
  public static void write(Path file, List<SeriesPoint> points) throws IOException {
    CsvFiles.write(file, HEADER, points, TimeSeriesCsv::cells);
  }

  /** The cells of one row, in {@link #HEADER} order. */
  static List<String> cells(SeriesPoint p) {
    return List.of(Integer.toString(p.day()), p.jurisdiction(), p.metric(), p.type(), p.group(),
        p.status(), CsvNumbers.format(p.value()));
  }

  /**
   * Read a file written by {@link #write}.
   *
   * @throws IOException if the file cannot be read or is not a time-series file; the message
   *     names the file and line
   */
  public static List<SeriesPoint> read(Path file) throws IOException {
    return CsvFiles.read(file, HEADER, TimeSeriesCsv::toPoint);
  }

  private static SeriesPoint toPoint(CSVRecord r) {
    return new SeriesPoint(Integer.parseInt(r.get(0)), r.get(1), r.get(2), r.get(3), r.get(4),
        r.get(5), CsvNumbers.parse(r.get(6)));
  }
}
