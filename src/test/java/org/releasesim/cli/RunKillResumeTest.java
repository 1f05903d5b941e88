package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed at random moments (SIGKILL and SIGTERM) in a child JVM, then resumed, end
 * byte-identical to a run never stopped.
 */
class RunKillResumeTest {
  private static final List<String> SCENARIO = List.of("scenarios/baseline.yaml", "--quiet",
      "--set", "jurisdictions[0].population=60000", "--set", "time.warmupYears=1", "--set",
      "time.years=4", "--seed", "77");
  private static final int MOMENTS = 4;

  @TempDir
  Path tmp;

  @Test
  void killedRunsResumeToByteIdenticalOutputs() throws Exception {
    Path reference = onlyRun(runToEnd(tmp.resolve("reference")));
    Random moments = new Random(2026);
    int interrupted = 0;
    for (int i = 0; i < MOMENTS; i++) {
      boolean sigkill = i % 2 == 0;
      Path out = tmp.resolve("killed-" + i);
      Process child = start(out, "--checkpoint-every", "90");
      Path dir = awaitCheckpoint(out, child);
      Thread.sleep(moments.nextInt(800));
      if (child.isAlive()) {
        interrupted++;
        if (sigkill) {
          child.destroyForcibly();
        } else {
          child.destroy();
        }
      }
      child.waitFor(30, TimeUnit.SECONDS);
      if (!Files.exists(dir.resolve("COMPLETE"))) {
        assertFalse(Files.readString(dir.resolve("manifest.json")).contains("\"complete\""));
        if (!sigkill) {
          assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"failed\""),
              "SIGTERM marks the run as not finished");
        }
        CliRunner r = CliRunner.run("run", "--resume", dir.toString(), "--quiet");
        assertEquals(0, r.exitCode, r.err);
      }
      for (String f : List.of("timeseries.csv", "summary.csv")) {
        assertArrayEquals(Files.readAllBytes(reference.resolve(f)),
            Files.readAllBytes(dir.resolve(f)), f + " after interruption " + i);
      }
    }
    assertTrue(interrupted >= MOMENTS / 2, "interrupted " + interrupted + " runs part-way");
  }

  @Test
  void aRunKilledWhileWritingItsOutputsResumesToTheSameOutputs() throws Exception {
    Path reference = onlyRun(runToEnd(tmp.resolve("reference")));
    Path out = tmp.resolve("killed-writing");
    Process child = start(out, "--checkpoint-every", "90");
    // summary.csv is the first output written once the model has run; charts, the report and
    // the COMPLETE marker come after it. Stopped there, the child holds still while we look.
    Path dir = awaitFile(out, child, "summary.csv");
    new ProcessBuilder("kill", "-STOP", Long.toString(child.pid())).start().waitFor();
    Assumptions.assumeFalse(Files.exists(dir.resolve("COMPLETE")),
        "the run finished before it could be stopped while writing its outputs");
    child.destroyForcibly();
    child.waitFor(30, TimeUnit.SECONDS);
    CliRunner r = CliRunner.run("run", "--resume", dir.toString(), "--quiet");
    assertEquals(0, r.exitCode, r.err);
    for (String f : List.of("timeseries.csv", "summary.csv")) {
      assertArrayEquals(Files.readAllBytes(reference.resolve(f)),
          Files.readAllBytes(dir.resolve(f)), f);
    }
    assertTrue(Files.exists(dir.resolve("COMPLETE")));
    assertFalse(Files.exists(dir.resolve("checkpoint.bin")), "checkpoints removed once complete");
  }

  @Test
  void resumingACompleteRunIsRefusedClearly() throws Exception {
    Path dir = onlyRun(runToEnd(tmp.resolve("done")));
    CliRunner r = CliRunner.run("run", "--resume", dir.toString(), "--quiet");
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("complete run"), r.err);
  }

  @Test
  void aCheckpointFromAnEarlierVersionOrDamagedIsRefusedClearly() throws Exception {
    Path dir = onlyRun(runToEnd(tmp.resolve("old")));
    Files.delete(dir.resolve("COMPLETE"));
    byte[] formatOne = {0x52, 0x53, 0x4b, 0x31, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3};
    Files.write(dir.resolve("checkpoint.bin"), formatOne);
    CliRunner r = CliRunner.run("run", "--resume", dir.toString(), "--quiet");
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("earlier version of release-sim"), r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
    byte[] damaged = {0x52, 0x53, 0x4b, 0x32, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    Files.write(dir.resolve("checkpoint.bin"), damaged);
    r = CliRunner.run("run", "--resume", dir.toString(), "--quiet");
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("Cannot resume"), r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
  }

  private Path runToEnd(Path out) throws Exception {
    Process p = start(out);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "reference run finished");
    assertEquals(0, p.exitValue());
    return out;
  }

  private Process start(Path out, String... extra) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-cp", System.getProperty("java.class.path"),
        "org.releasesim.cli.Main", "run"));
    cmd.addAll(SCENARIO);
    cmd.addAll(List.of("--out", out.toString()));
    cmd.addAll(List.of(extra));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Waits until the child has written its first checkpoint (or finished). */
  private static Path awaitCheckpoint(Path out, Process child) throws Exception {
    return awaitFile(out, child, "checkpoint.bin");
  }

  /** Waits until the child's run folder holds {@code name} (or the child has ended). */
  private static Path awaitFile(Path out, Process child, String name) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      java.util.Optional<Path> dir = runIn(out);
      if (dir.isPresent() && (Files.exists(dir.get().resolve(name)) || !child.isAlive())) {
        return dir.get();
      }
      Thread.sleep(2);
    }
    throw new AssertionError("no " + name + " appeared");
  }

  private static Path onlyRun(Path out) throws IOException {
    return runIn(out).orElseThrow();
  }

  private static java.util.Optional<Path> runIn(Path out) throws IOException {
    if (!Files.isDirectory(out.resolve("baseline"))) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> s = Files.list(out.resolve("baseline"))) {
      return s.findFirst();
    }
  }
}
