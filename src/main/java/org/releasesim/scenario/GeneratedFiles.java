package org.releasesim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a generated text file (the schema, the reference) all at once: to a temporary file in
 * the same folder, then moved over the target atomically, so a reader never sees half a file and
 * a failed write leaves the old one intact.
 */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target}, replacing it atomically. */
  public static void writeAtomically(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
