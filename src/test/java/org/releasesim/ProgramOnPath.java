package org.releasesim;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds programs the tests start (a browser, Slurm's commands) on the PATH, as a shell would. */
public final class ProgramOnPath {
  private ProgramOnPath() {}

  /** The executable {@code program} in the first PATH folder that holds one, if any. */
  public static Optional<Path> find(String program) {
    String path = System.getenv("PATH");
    for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
