package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.CheckpointFile;

/**
 * {@code run --resume} on a run folder, killed with SIGKILL after its second checkpoint, whose
 * checkpoints were then damaged in each way a file can be: every one is refused with exit code
 * 2, a message that names the file, says what is wrong and what to do, no stack trace, and the
 * folder left as it was; a damaged latest checkpoint with a sound one before it resumes from
 * that one to the same outputs as a run never stopped.
 */
class DamagedCheckpointResumeTest {
  private static final List<String> SCENARIO = List.of("scenarios/baseline.yaml", "--quiet",
      "--set", "jurisdictions[0].population=60000", "--set", "time.warmupYears=1", "--set",
      "time.years=4", "--seed", "77");
  private static final String LATEST = "checkpoint.bin";
  private static final String PREVIOUS = "checkpoint.previous.bin";

  @TempDir
  static Path tmp;

  private static Path reference;
  private static Path killed;
  private static int copies;

  @BeforeAll
  static void referenceAndKilledRuns() throws Exception {
    List<String> args = new ArrayList<>(List.of("run"));
    args.addAll(SCENARIO);
    args.addAll(List.of("--out", tmp.resolve("reference").toString()));
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode, r.err);
    reference = onlyRun(tmp.resolve("reference"));
    killed = killAfterTwoCheckpoints(tmp.resolve("killed"));
  }

  @Test
  void aTruncatedCheckpointSaysWhereItEnds() throws Exception {
    String err = refused(latestOnly(bytes -> Arrays.copyOf(bytes, 5000)));
    assertTrue(err.contains("/checkpoint.bin is truncated: it ends at byte 5,000 of the "),
        err);
    assertTrue(err.contains("No earlier checkpoint is kept."), err);
  }

  @Test
  void anEmptyCheckpointIsCalledEmpty() throws Exception {
    String err = refused(latestOnly(bytes -> new byte[0]));
    assertTrue(err.contains("/checkpoint.bin is empty (0 bytes)"), err);
  }

  @Test
  void aZeroedCheckpointHasLostItsContents() throws Exception {
    String err = refused(latestOnly(bytes -> new byte[bytes.length]));
    assertTrue(err.contains("/checkpoint.bin holds nothing but zero bytes"), err);
  }

  @Test
  void randomBytesAreNotACheckpoint() throws Exception {
    String err = refused(latestOnly(bytes -> {
      byte[] noise = new byte[bytes.length];
      new Random(3).nextBytes(noise);
      noise[0] = 0x33;
      return noise;
    }));
    assertTrue(err.contains("/checkpoint.bin is not a release-sim checkpoint"), err);
  }

  @Test
  void aFileWithAnotherMarkIsNotACheckpoint() throws Exception {
    // what MASON's own checkpoints (gzip) begin with
    String err = refused(latestOnly(bytes -> {
      byte[] gzip = bytes.clone();
      gzip[0] = 0x1f;
      gzip[1] = (byte) 0x8b;
      return gzip;
    }));
    assertTrue(err.contains("/checkpoint.bin is not a release-sim checkpoint"), err);
  }

  @Test
  void aChangedByteFailsTheChecksum() throws Exception {
    String err = refused(latestOnly(bytes -> {
      byte[] flipped = bytes.clone();
      flipped[bytes.length / 2] ^= 0x10;
      return flipped;
    }));
    assertTrue(err.contains("/checkpoint.bin fails its checksum (CRC32C)"), err);
  }

  @Test
  void aCheckpointOfAnEarlierFormatPointsToTheVersionThatStartedTheRun() throws Exception {
    Path dir = latestOnly(bytes -> {
      byte[] seven = bytes.clone();
      seven[3] = '7';
      return seven;
    });
    CliRunner r = resume(dir);
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("was written by an earlier version of release-sim (checkpoint"
        + " format 7); this version reads format 12 only"), r.err);
    assertTrue(r.err.contains("Finish the run with the release-sim that started it (version "),
        r.err);
    assertNoTrace(r.err);
  }

  @Test
  void bothCheckpointsDamagedAreBothNamed() throws Exception {
    Path dir = copyOfKilled();
    damage(dir.resolve(LATEST), bytes -> new byte[0]);
    damage(dir.resolve(PREVIOUS), bytes -> Arrays.copyOf(bytes, 100));
    String err = refused(dir);
    assertTrue(err.contains("/checkpoint.bin is empty (0 bytes). The checkpoint before it, "
        + dir.resolve(PREVIOUS) + ", is truncated: it ends at byte 100 of the "), err);
  }

  @Test
  void aDamagedLatestCheckpointResumesFromTheOneBeforeToIdenticalOutputs() throws Exception {
    Path dir = copyOfKilled();
    double previousDay = CheckpointFile.read(dir.resolve(PREVIOUS)).sim().schedule.getTime();
    assertEquals(0, previousDay % 60, "checkpoints fall on multiples of their spacing");
    damage(dir.resolve(LATEST), bytes -> Arrays.copyOf(bytes, bytes.length - 1));
    CliRunner r = resume(dir);
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.err.contains("warning: " + dir.resolve(LATEST) + " is truncated"), r.err);
    assertTrue(r.err.contains("resuming from the checkpoint before it, " + PREVIOUS
        + " (taken on simulated day " + (long) previousDay + ", warm-up included)"), r.err);
    for (String f : List.of("timeseries.csv", "summary.csv")) {
      assertArrayEquals(Files.readAllBytes(reference.resolve(f)),
          Files.readAllBytes(dir.resolve(f)), f);
    }
    assertTrue(Files.exists(dir.resolve("COMPLETE")));
    assertFalse(Files.exists(dir.resolve(LATEST)) || Files.exists(dir.resolve(PREVIOUS)),
        "a finished run keeps no checkpoint");
  }

  /**
   * Resumes a damaged folder and checks what every refusal must do; returns standard error.
   */
  private static String refused(Path dir) throws IOException {
    byte[] manifest = Files.readAllBytes(dir.resolve("manifest.json"));
    List<String> before = listing(dir);
    CliRunner r = resume(dir);
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.startsWith("error: Cannot resume " + dir + ": " + dir.resolve(LATEST)),
        "names the folder and the file: " + r.err);
    assertTrue(r.err.strip().endsWith("gives the same outputs in a new folder: release-sim run "
        + dir.resolve("scenario.yaml") + " --out " + dir.getParent().getParent()
        + " --checkpoint-every 60"), "says what to do, checkpointed as before: " + r.err);
    assertFalse(r.err.contains("null"), r.err);
    assertNoTrace(r.err);
    assertArrayEquals(manifest, Files.readAllBytes(dir.resolve("manifest.json")),
        "the manifest is left as it was");
    assertEquals(before, listing(dir), "nothing is written into the folder");
    return r.err;
  }

  private static void assertNoTrace(String err) {
    assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
  }

  private static CliRunner resume(Path dir) {
    return CliRunner.run("run", "--resume", dir.toString(), "--quiet");
  }

  /** A copy of the killed run with only its latest checkpoint, damaged by {@code how}. */
  private static Path latestOnly(UnaryOperator<byte[]> how) throws IOException {
    Path dir = copyOfKilled();
    Files.delete(dir.resolve(PREVIOUS));
    damage(dir.resolve(LATEST), how);
    return dir;
  }

  private static void damage(Path file, UnaryOperator<byte[]> how) throws IOException {
    Files.write(file, how.apply(Files.readAllBytes(file)));
  }

  /** A copy of the killed run's folder, as {@code <base>/baseline/<run id>}. */
  private static synchronized Path copyOfKilled() throws IOException {
    Path dir = tmp.resolve("copy-" + ++copies).resolve("baseline").resolve(
        killed.getFileName());
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(killed)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Runs in a child JVM with checkpoints every 60 days, SIGKILLed once it keeps two. */
  private static Path killAfterTwoCheckpoints(Path out) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-cp", System.getProperty("java.class.path"),
        "org.releasesim.cli.Main", "run"));
    cmd.addAll(SCENARIO);
    cmd.addAll(List.of("--out", out.toString(), "--checkpoint-every", "60"));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    try {
      while (System.nanoTime() < deadline && child.isAlive()) {
        Path dir = Files.isDirectory(out.resolve("baseline")) ? runIn(out) : null;
        if (dir != null) {
          if (Files.exists(dir.resolve(LATEST)) && Files.exists(dir.resolve(PREVIOUS))) {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            assertFalse(Files.exists(dir.resolve("COMPLETE")), "killed before it finished");
            return dir;
          }
        }
        Thread.sleep(10);
      }
    } finally {
      child.destroyForcibly();
    }
    throw new AssertionError("the run never kept two checkpoints before it ended");
  }

  private static Path onlyRun(Path out) throws IOException {
    Path dir = runIn(out);
    assertTrue(dir != null, "a run folder in " + out);
    return dir;
  }

  /** The run folder under {@code out}, or null while there is none yet. */
  private static Path runIn(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.resolve("baseline"))) {
      return s.findFirst().orElse(null);
    }
  }
}
