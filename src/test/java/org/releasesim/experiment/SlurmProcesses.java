package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.releasesim.ProgramOnPath;

/** The processes the Slurm tests start: bash scripts, Slurm's own commands, and PATH lookups. */
public final class SlurmProcesses {
  private SlurmProcesses() {}

  /** Runs {@code bash script} with {@code env} added; its output goes to {@code tmp/bash.log}. */
  public static int bash(Path script, Map<String, String> env, Path tmp) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("bash.log").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bash " + script + " did not finish");
    if (p.exitValue() != 0) {
      System.err.println(Files.readString(tmp.resolve("bash.log")));
    }
    return p.exitValue();
  }

  /** Runs a command and returns what it printed (standard output and error together). */
  public static String run(Path tmp, String... cmd) throws Exception {
    Path log = tmp.resolve("cmd.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", cmd) + " hung");
    return Files.readString(log);
  }

  /** Whether a Slurm controller answers {@code squeue} within five seconds. */
  public static boolean slurmAnswers(Path tmp) throws Exception {
    Process p = new ProcessBuilder("squeue", "-h").redirectErrorStream(true)
        .redirectOutput(tmp.resolve("squeue.log").toFile()).start();
    if (!p.waitFor(5, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return false;
    }
    return p.exitValue() == 0;
  }

  /** Whether {@code program} is an executable on the PATH. */
  public static boolean onPath(String program) {
    return ProgramOnPath.find(program).isPresent();
  }
}
