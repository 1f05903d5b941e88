package org.releasesim.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SeriesSink;

/**
 * Writes the time series row by row as the model produces it, so that a long run need not hold
 * every point in memory. The file appears (atomically) only on {@link #commit()}; closing
 * without committing, as after a failed run, leaves no file. The content is the same as
 * {@link TimeSeriesCsv#write} would give.
 *
 * <pre>{@code
 * try (TimeSeriesWriter csv = TimeSeriesWriter.open(run.file(RunDirectory.TIMESERIES))) {
 *   model.run(csv);   // csv is a SeriesSink
 *   csv.commit();
 * }
 * }</pre>
 */
public final class TimeSeriesWriter implements SeriesSink, Closeable {
  private final AtomicFiles.Pending pending;
  private final Writer writer;
  private final CSVPrinter printer;
  private long rows;

  private TimeSeriesWriter(AtomicFiles.Pending pending) throws IOException {
    this.pending = pending;
    this.writer = AtomicFiles.utf8(pending.stream());
    this.printer = CsvFiles.printer(writer, TimeSeriesCsv.HEADER);
  }

  /** Start writing {@code file}; the header is written at once. */
  public static TimeSeriesWriter open(Path file) throws IOException {
    AtomicFiles.Pending pending = AtomicFiles.open(file);
    try {
      return new TimeSeriesWriter(pending);
    } catch (IOException | RuntimeException e) {
      pending.close();
      throw e;
    }
  }

  /**
   * Write one point.
   *
   * @throws UncheckedIOException if the disk write fails ({@link SeriesSink} cannot throw
   *     checked exceptions)
   */
  @Override
  public void accept(SeriesPoint point) {
    try {
      printer.printRecord(TimeSeriesCsv.cells(point));
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the time series", e);
    }
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /** Finish the file and move it into place. */
  public void commit() throws IOException {
    printer.flush();
    writer.flush();
    pending.commit();
  }

  /** Discard the file unless {@link #commit()} was called. */
  @Override
  public void close() throws IOException {
    pending.close();
  }
}
