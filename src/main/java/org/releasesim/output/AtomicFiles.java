package org.releasesim.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a crash, a full disk or an exception in the writing code never leaves a
 * half-written file behind: the content goes to a hidden temporary file in the target's own
 * folder, is forced to the disk, and is then renamed over the target in one step. Readers
 * therefore see either the previous file or the complete new one. A failure to write is an
 * {@link OutputWriteException} naming the target.
 *
 * <p>The temporary file sits in the same folder because a rename is only atomic within one file
 * system. It is named {@code .<target>.<pid>-<n>.tmp} (not with {@link Files#createTempFile},
 * which would give the final file owner-only permissions) and is deleted if writing fails.
 */
public final class AtomicFiles {
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final int MAX_NAME_ATTEMPTS = 100;

  private AtomicFiles() {}

  /** Write UTF-8 text to {@code target} atomically; the writer is flushed for you. */
  public static void write(Path target, IoConsumer<Writer> body) throws IOException {
    writeStream(target, out -> {
      Writer writer = utf8(out);
      body.accept(writer);
      writer.flush();
    });
  }

  /** Write a string as UTF-8 to {@code target} atomically. */
  public static void writeString(Path target, String text) throws IOException {
    writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Write {@code bytes} to {@code target} atomically. */
  public static void writeBytes(Path target, byte[] bytes) throws IOException {
    writeStream(target, out -> out.write(bytes));
  }

  /**
   * Write to {@code target} atomically through an output stream, which {@code body} must not
   * close.
   *
   * @throws IOException if writing or renaming fails; the target is then unchanged
   */
  public static void writeStream(Path target, IoConsumer<OutputStream> body) throws IOException {
    try (Pending pending = open(target)) {
      try {
        body.accept(pending.stream());
      } catch (IOException e) {
        throw OutputWriteException.wrap(target, e);
      }
      pending.commit();
    }
  }

  /**
   * Start writing {@code target} for content that arrives bit by bit, such as a time series
   * produced while the model runs. Nothing appears at {@code target} until
   * {@link Pending#commit()}; closing without committing deletes what was written.
   */
  public static Pending open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    try {
      return new Pending(createTemp(absolute), absolute);
    } catch (IOException e) {
      throw OutputWriteException.wrap(target, e);
    }
  }

  /** A UTF-8 writer over {@code out}; flush it before committing. */
  static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private static Path createTemp(Path target) throws IOException {
    Path dir = target.getParent();
    String stem = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-";
    for (int attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
      Path temp = dir.resolve(stem + COUNTER.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // left behind by a crashed process that had the same pid: try the next number
      }
    }
    throw new IOException("Could not create a temporary file next to " + target + " after "
        + MAX_NAME_ATTEMPTS + " attempts");
  }

  /** A file being written: its temporary file, until it is committed or abandoned. */
  public static final class Pending implements Closeable {
    private final Path temp;
    private final Path target;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean done;

    private Pending(Path temp, Path target) throws IOException {
      this.temp = temp;
      this.target = target;
      try {
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      this.out = new BufferedOutputStream(Channels.newOutputStream(channel));
    }

    /** The stream to write to; do not close it. */
    public OutputStream stream() {
      return out;
    }

    /** Flush, force to disk, and rename the file into place. */
    public void commit() throws IOException {
      if (done) {
        throw new IllegalStateException(target + " was already committed or abandoned");
      }
      try {
        out.flush();
        channel.force(true);
        out.close();
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw OutputWriteException.wrap(target, e);
      }
      done = true;
    }

    /** Abandon the file unless it was committed: the target stays as it was. */
    @Override
    public void close() throws IOException {
      if (done) {
        return;
      }
      done = true;
      try {
        out.close();
      } catch (IOException e) {
        // the stream could not flush what it held (a full disk, say): the file is abandoned
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
