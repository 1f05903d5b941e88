package org.releasesim.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Writing an output file failed: names the file meant (never a temporary file beside it) and
 * keeps the I/O error underneath, whose reason (a full disk, a read-only file system) the
 * operating system gives without a path when a write, rather than an open, fails.
 */
public final class OutputWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  private OutputWriteException(Path file, IOException cause) {
    super("could not write " + file + ": " + reason(cause), cause);
    this.file = file;
  }

  /** {@code e} as a failure to write {@code file}, unless it already names its file. */
  public static IOException wrap(Path file, IOException e) {
    return e instanceof OutputWriteException ? e : new OutputWriteException(file, e);
  }

  /** The file that could not be written. */
  public Path file() {
    return file;
  }

  /** The operating system's reason, without the path a file-system exception puts first. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
