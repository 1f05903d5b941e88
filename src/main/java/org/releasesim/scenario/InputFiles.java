package org.releasesim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the files a user names (scenarios, their {@code extends}, sweep files, points files) only
 * when they are regular files, and never more than a cap, whatever size the file system reports:
 * a device such as {@code /dev/zero} reports size 0 and never ends, and a FIFO blocks until
 * someone writes to it.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Why a path cannot be read as an input file, or null if it can. */
  public static String problem(Path file) {
    if (Files.isDirectory(file)) {
      return "this is a folder, not a file.";
    }
    if (!Files.exists(file)) {
      return "no such file.";
    }
    if (!Files.isRegularFile(file)) {
      return "this is not a regular file (a device, a pipe or another special file); only"
          + " ordinary files are read.";
    }
    if (!Files.isReadable(file)) {
      return "the file cannot be read (no permission to read it).";
    }
    return null;
  }

  /**
   * The bytes of a regular file, at most {@code maxBytes}.
   *
   * @throws IOException if it cannot be read, or is longer than {@code maxBytes} (the message
   *     says so)
   */
  public static byte[] read(Path file, long maxBytes) throws IOException {
    String problem = problem(file);
    if (problem != null) {
      throw new IOException(problem);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new IOException("the file is too large (more than " + maxBytes + " bytes).");
      }
      return bytes;
    }
  }
}
