package org.releasesim.output.sweep;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.releasesim.experiment.sweep.SweepException;

/**
 * A CSV file that grows one record at a time while a sweep runs, and survives being killed at any
 * moment: every record is flushed to the operating system as soon as it is written (so a killed
 * process loses nothing written), and reopening it for a resume keeps exactly the complete lines
 * that pass a check, cutting off a half-written last line and anything after the first line that
 * fails. Lines never contain line breaks (sweep values are checked to fit on one line), so a
 * line is complete exactly when its {@code \n} is on disk.
 */
final class CsvLog implements Closeable {
  private final BufferedWriter writer;

  private CsvLog(Path file) throws IOException {
    this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND), StandardCharsets.UTF_8));
  }

  /** Starts the file afresh with its header. */
  static CsvLog create(Path file, String header) throws IOException {
    Files.writeString(file, header + "\n", StandardCharsets.UTF_8);
    return new CsvLog(file);
  }

  /**
   * Reopens a file to continue it.
   *
   * @param keep which data lines to keep: the longest run of lines from the top that pass
   * @param kept receives the lines kept, in order
   * @throws SweepException if the file's header differs (another sweep wrote it)
   */
  static CsvLog resume(Path file, String header, Predicate<String> keep, List<String> kept)
      throws IOException {
    if (!Files.exists(file)) {
      return create(file, header);
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n') + 1;
    List<String> lines = new ArrayList<>(List.of(text.substring(0, end).split("\n", -1)));
    lines.remove(lines.size() - 1);
    if (lines.isEmpty()) {
      return create(file, header);
    }
    if (!lines.get(0).equals(header)) {
      throw new SweepException(file + ": its header differs from this sweep's, so it was"
          + " written by another sweep file or version; run the sweep without --resume to start"
          + " it in a new folder.");
    }
    long bytes = header.getBytes(StandardCharsets.UTF_8).length + 1;
    for (String line : lines.subList(1, lines.size())) {
      if (!keep.test(line)) {
        break;
      }
      kept.add(line);
      bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(bytes);
    }
    return new CsvLog(file);
  }

  /** Appends lines (each without its line end) and flushes them to the operating system. */
  void append(List<String> lines) throws IOException {
    for (String line : lines) {
      writer.write(line);
      writer.write('\n');
    }
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
