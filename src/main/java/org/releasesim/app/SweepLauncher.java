package org.releasesim.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.releasesim.experiment.slurm.SlurmScripts;

/**
 * How a batch job starts this same release-sim: {@code java -jar <absolute jar>} when running
 * from the jar (as through ./release-sim), else the ./release-sim wrapper of the working folder
 * if there is one, else {@code java -cp <absolute class path> org.releasesim.cli.Main}. Every
 * path is absolute and the Java is the one running now, so jobs need no PATH or module setup.
 */
public final class SweepLauncher {
  private SweepLauncher() {}

  public static String detect() {
    String java = SlurmScripts.quote(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString());
    Path code = codeLocation();
    if (code != null && code.toString().endsWith(".jar") && Files.isRegularFile(code)) {
      return java + " -jar " + SlurmScripts.quote(code.toString());
    }
    Path wrapper = Path.of("release-sim").toAbsolutePath();
    if (Files.isExecutable(wrapper) && Files.isRegularFile(wrapper)) {
      return SlurmScripts.quote(wrapper.toString());
    }
    String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(p -> Path.of(p).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
    return java + " -cp " + SlurmScripts.quote(classPath) + " org.releasesim.cli.Main";
  }

  private static Path codeLocation() {
    try {
      return Path.of(SweepLauncher.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath();
    } catch (Exception e) {
      return null;
    }
  }
}
