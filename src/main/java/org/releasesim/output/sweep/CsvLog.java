package org.releasesim.output.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.releasesim.output.OutputWriteException;

/**
 * A CSV file that grows a few whole lines at a time while a sweep runs, and survives being killed
 * at any moment: every append goes to the operating system at once (so a killed process loses
 * nothing written), and an append that fails part-way (a full disk) is cut back off, so the file
 * holds whole lines only. Lines never contain line breaks (sweep values are checked to fit on
 * one line), so a line is complete exactly when its {@code \n} is on disk; a resume reopens the
 * file at the end of the lines it keeps ({@link RecordedRuns}).
 */
final class CsvLog implements Closeable {
  private final Path file;
  private final FileChannel channel;
  private long length;

  private CsvLog(Path file, FileChannel channel, long length) {
    this.file = file;
    this.channel = channel;
    this.length = length;
  }

  /** Starts the file afresh with its header. */
  static CsvLog create(Path file, String header) throws IOException {
    CsvLog log = at(file, 0);
    log.append(List.of(header));
    return log;
  }

  /** Reopens the file to continue after its first {@code bytes} bytes; the rest is cut off. */
  static CsvLog at(Path file, long bytes) throws IOException {
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      channel.truncate(bytes);
      channel.position(bytes);
      return new CsvLog(file, channel, bytes);
    } catch (IOException e) {
      throw OutputWriteException.wrap(file, e);
    }
  }

  /** Appends lines (each without its line end), all or none of them. */
  void append(List<String> lines) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      length = channel.position();
    } catch (IOException e) {
      try {
        channel.truncate(length);
        channel.position(length);
      } catch (IOException cut) {
        e.addSuppressed(cut);
      }
      throw OutputWriteException.wrap(file, e);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
