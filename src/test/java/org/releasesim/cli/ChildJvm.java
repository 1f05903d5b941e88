package org.releasesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a JVM of its own, for what needs a process of its own: a small heap,
 * a lock held by another process, a file system mounted for one process. Its standard output
 * and error go, merged, to a log file.
 *
 * @param process the running child
 * @param log where its output goes
 */
record ChildJvm(Process process, Path log) {
  /** Starts {@code release-sim args...} with the given JVM options. */
  static ChildJvm start(Path log, List<String> jvmOptions, String... args) throws IOException {
    return startCommand(log, command(jvmOptions, args));
  }

  /** Starts a command (one that runs release-sim in some way) with its output to the log. */
  static ChildJvm startCommand(Path log, List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    return new ChildJvm(p, log);
  }

  /** The command that runs {@code release-sim args...} in a new JVM. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Waits for the child to end (killing it and failing after {@code seconds}); its exit code. */
  int await(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child did not finish in " + seconds + " s: " + output());
    }
    return process.exitValue();
  }

  /** What it printed so far. */
  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
