package org.releasesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * Reads and writes a run's time series, {@value RunDirectory#TIMESERIES}, in tidy long form:
 * one row per value, with columns {@code day,jurisdiction,metric,type,group,status,value,unit},
 * where {@code unit} is the unit of the value ({@link Metric#seriesUnit()}: a count per interval,
 * a level at the interval's end, a share or an annualised rate). R's
 * {@code read.csv} and pandas' {@code read_csv} read it without reshaping, and the charts are
 * drawn from what {@link #read} returns, so the CSV alone is enough to redraw them.
 *
 * <p>Numbers follow {@link CsvNumbers}, so a file read back gives exactly the points written.
 * {@link TimeSeriesWriter} writes the same file row by row while a run proceeds.
 */
public final class TimeSeriesCsv {
  /** The header, in column order. */
  public static final List<String> HEADER =
      List.of("day", "jurisdiction", "metric", "type", "group", "status", "value", "unit");

  /** Each metric id's unit, looked up once rather than per row. */
  private static final Map<String, String> UNITS = units();

  private TimeSeriesCsv() {}

  /** Write {@code points} to {@code file}, in the order given, atomically. */
  public static void write(Path file, List<SeriesPoint> points) throws IOException {
    CsvFiles.write(file, HEADER, points, TimeSeriesCsv::cells);
  }

  /** The cells of one row, in {@link #HEADER} order. */
  static List<String> cells(SeriesPoint p) {
    return List.of(Integer.toString(p.day()), p.jurisdiction(), p.metric(), p.type(), p.group(),
        p.status(), CsvNumbers.format(p.value()), UNITS.getOrDefault(p.metric(), ""));
  }

  private static Map<String, String> units() {
    Map<String, String> units = new HashMap<>();
    for (Metric m : Metric.values()) {
      units.put(m.id(), m.seriesUnit());
    }
    return Map.copyOf(units);
  }

  /**
   * Read a file written by {@link #write}. The unit cells follow from the metric, so they are
   * not kept.
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
