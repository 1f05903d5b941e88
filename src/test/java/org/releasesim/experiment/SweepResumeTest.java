package org.releasesim.experiment;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a sweep running in a child JVM with SIGKILL at random moments, resumes it each time, and
 * checks the finished files are byte-identical to an uninterrupted sweep's.
 */
class SweepResumeTest {
  private static final int RUNS = 48;

  @Test
  void killedTwiceAndResumedGivesIdenticalFiles(@TempDir Path tmp) throws Exception {
    Path sweep = SweepFixtures.sweepFile(tmp, "resumable", """
        seed: 7
        replications: 2
        design: {type: factorial}
        factors:
          - key: trust.unauthorizedChill
            values: [0, 0.05, 0.1, 0.15, 0.2, 0.25]
          - key: jurisdictions[0].iceOfficers
            values: [2, 4, 8, 16]
        timeSeries: [jail_population]
        """);
    Path reference = SweepFixtures.resultsDir(SweepFixtures.run("sweep", sweep.toString(),
        "--out", tmp.resolve("reference").toString(), "--threads", "1", "--quiet"));
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int first = 1 + random.nextInt(RUNS / 2);
    int second = first + 1 + random.nextInt(RUNS - first - 2);
    Path out = tmp.resolve("killed");
    List<String> moments = new ArrayList<>();
    Path err = tmp.resolve("child-err.txt");
    // the first child starts the sweep in a new folder, as a user would; the others resume it
    Process started = child(sweep, List.of("--out", out.toString()), err);
    Path dir = folderOf(started, out.resolve("resumable"));
    Path runs = dir.resolve("runs.csv");
    moments.add(killAfter(started, runs, first));
    assertFalse(Files.exists(dir.resolve("COMPLETE")), "killed too late: " + moments);
    List<String> resume = List.of("--resume", dir.toString());
    moments.add(killAfter(child(sweep, resume, err), runs, second));
    Process last = child(sweep, resume, err);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the resumed sweep did not finish");
    assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("child-err.txt")));
    for (String name : List.of("runs.csv", "runs-series.csv", "points.csv", "series.csv")) {
      assertEquals(SweepFixtures.read(reference.resolve(name)),
          SweepFixtures.read(dir.resolve(name)),
          name + " differs after kills at " + moments + " (random seed " + seed + ")");
    }
  }

  /** The folder a new sweep claimed under {@code parent}, once the child has created it. */
  private static Path folderOf(Process child, Path parent) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(parent)) {
        try (var list = Files.list(parent)) {
          List<Path> found = list.toList();
          if (!found.isEmpty()) {
            assertEquals(1, found.size(), "one sweep, one folder: " + found);
            return found.get(0);
          }
        }
      }
      assertTrue(child.isAlive() || Files.isDirectory(parent), "the sweep ended early");
      Thread.sleep(5);
    }
    throw new AssertionError("no sweep folder under " + parent);
  }

  /** Waits until runs.csv has {@code rows} rows (or the child ends), then kills it. */
  private static String killAfter(Process child, Path runs, int rows) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int seen = 0;
    while (child.isAlive() && seen < rows && System.nanoTime() < deadline) {
      Thread.sleep(5);
      seen = rows(runs);
    }
    child.destroyForcibly();
    child.waitFor(30, TimeUnit.SECONDS);
    return "target " + rows + " rows, killed at " + rows(runs);
  }

  private static int rows(Path runs) throws IOException {
    if (!Files.exists(runs)) {
      return 0;
    }
    try (var lines = Files.lines(runs)) {
      return (int) lines.count() - 1;
    }
  }

  private static Process child(Path sweep, List<String> folder, Path err) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        ExperimentCli.class.getName(), "sweep", sweep.toString(), "--threads", "2", "--quiet"));
    cmd.addAll(folder);
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
  }
}
