package org.releasesim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.csv.CSVPrinter;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SeriesSink;

/**
 * The time series of a run that can be checkpointed: rows go to {@code timeseries.csv.partial}
 * in the run folder; {@link #mark()} makes everything so far durable and returns its length, which
 * a checkpoint records; {@link #reopen} cuts the file back to that length and continues; and
 * {@link #commit()} moves it into place as {@code timeseries.csv}. Its bytes are those
 * {@link TimeSeriesCsv#write} gives for the same points.
 */
public final class ResumableSeriesFile implements SeriesSink, AutoCloseable {
  /** Suffix of the file while the run is going. */
  public static final String PARTIAL = ".partial";

  private final Path target;
  private final FileChannel channel;
  private final Writer writer;
  private final CSVPrinter printer;

  private ResumableSeriesFile(Path target, FileChannel channel, boolean fresh) throws IOException {
    this.target = target;
    this.channel = channel;
    this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
        StandardCharsets.UTF_8), 1 << 16);
    this.printer = fresh ? CsvFiles.printer(writer, TimeSeriesCsv.HEADER)
        : CsvFiles.appender(writer);
  }

  /** Starts {@code target}.partial afresh, with the header. */
  public static ResumableSeriesFile create(Path target) throws IOException {
    try {
      FileChannel ch = FileChannel.open(partial(target), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      return new ResumableSeriesFile(target, ch, true);
    } catch (IOException e) {
      throw OutputWriteException.wrap(partial(target), e);
    }
  }

  /**
   * Continues {@code target}.partial from a length recorded by {@link #mark()}; callers check
   * first that the file holds that much ({@link #partial}), to say what to do if it does not.
   */
  public static ResumableSeriesFile reopen(Path target, long length) throws IOException {
    Path partial = partial(target);
    FileChannel ch;
    try {
      ch = FileChannel.open(partial, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw OutputWriteException.wrap(partial, e);
    }
    if (ch.size() < length) {
      ch.close();
      throw new IOException(partial + " is shorter (" + ch.size()
          + " bytes) than its checkpoint says (" + length + " bytes)");
    }
    try {
      ch.truncate(length);
      ch.position(length);
      return new ResumableSeriesFile(target, ch, false);
    } catch (IOException e) {
      ch.close();
      throw OutputWriteException.wrap(partial, e);
    }
  }

  /** The in-progress file for a target. */
  public static Path partial(Path target) {
    return target.resolveSibling(target.getFileName() + PARTIAL);
  }

  @Override
  public void accept(SeriesPoint point) {
    try {
      printer.printRecord(TimeSeriesCsv.cells(point));
    } catch (IOException e) {
      throw new UncheckedIOException(OutputWriteException.wrap(partial(target), e));
    }
  }

  /** Makes every row so far durable and returns the file's length in bytes. */
  public long mark() throws IOException {
    try {
      printer.flush();
      writer.flush();
      channel.force(false);
      return channel.position();
    } catch (IOException e) {
      throw OutputWriteException.wrap(partial(target), e);
    }
  }

  /** Finishes the file and moves it into place. */
  public void commit() throws IOException {
    mark();
    try {
      channel.close();
      java.nio.file.Files.move(partial(target), target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw OutputWriteException.wrap(target, e);
    }
  }

  @Override
  public void close() throws IOException {
    if (channel.isOpen()) {
      channel.close();
    }
  }
}
