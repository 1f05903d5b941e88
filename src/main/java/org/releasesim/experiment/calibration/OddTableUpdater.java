package org.releasesim.experiment.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.releasesim.output.AtomicFiles;

/**
 * Rewrites the parameter table of the ODD document in place (atomically), after a parameter's
 * default, range or source changed:
 * {@code java -cp <classpath> org.releasesim.experiment.calibration.OddTableUpdater docs/ODD.md}.
 */
public final class OddTableUpdater {
  private OddTableUpdater() {}

  /** Updates the file named by the single argument (default {@code docs/ODD.md}). */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "docs/ODD.md");
    update(file);
  }

  /** Replaces the table between the markers of {@code file} with the current one. */
  public static void update(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    AtomicFiles.writeString(file, OddParameterTable.updated(text));
  }
}
