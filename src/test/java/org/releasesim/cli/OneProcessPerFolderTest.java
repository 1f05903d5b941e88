package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.SweepFixtures;

/**
 * Two processes, one folder: while a sweep or run writes its folder (a child JVM), a second
 * {@code --resume} of the same folder (this JVM, the real command line) is refused in one
 * paragraph naming the folder and the first process, and the first finishes undisturbed: every
 * run once in runs.csv, the run complete. Before, both wrote, doubling rows, and both failed.
 */
class OneProcessPerFolderTest {
  @TempDir
  Path tmp;

  @Test
  void aSecondSweepResumeOfAFolderInUseIsRefused() throws Exception {
    Path sweep = SweepFixtures.sweepFile(tmp, "busy", """
        seed: 5
        replications: 2
        design: {type: factorial}
        factors:
          - key: trust.unauthorizedChill
            values: [0.1, 0.2]
        """);
    Path dir = tmp.resolve("sweep-dir");
    ChildJvm first = ChildJvm.start(tmp.resolve("first.txt"), List.of(), "sweep",
        sweep.toString(), "--resume", dir.toString(), "--threads", "1", "--quiet");
    awaitHolder(dir, first);
    SweepFixtures.Result second = SweepFixtures.run("sweep", sweep.toString(), "--resume",
        dir.toString(), "--threads", "1", "--quiet");
    assertTrue(first.process().isAlive(), "the first sweep was still running");
    assertEquals(2, second.exit(), second.err());
    assertTrue(second.err().startsWith("error: " + dir + " is in use by another release-sim"
        + " sweep (process " + first.process().pid() + " on "), second.err());
    assertFalse(second.err().contains("\tat "), second.err());
    assertEquals(0, first.await(180), first.output());
    List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
    assertEquals(5, rows.size(), "the header and each of the 4 runs once");
    for (int run = 0; run < 4; run++) {
      assertTrue(rows.get(run + 1).startsWith(run + ","), rows.get(run + 1));
    }
    assertTrue(Files.exists(dir.resolve("COMPLETE")));
  }

  @Test
  void aSecondRunResumeOfAFolderInUseIsRefused() throws Exception {
    Path out = tmp.resolve("out");
    ChildJvm first = ChildJvm.start(tmp.resolve("first.txt"), List.of(), "run",
        "src/test/resources/golden/tiny.yaml", "--quiet", "--out", out.toString(), "--set",
        "jurisdictions[0].population=2000");
    Path dir = awaitRunFolder(out.resolve("tiny"), first);
    awaitHolder(dir, first);
    CliRunner second = CliRunner.run("run", "--resume", dir.toString(), "--quiet");
    assertTrue(first.process().isAlive(), "the first run was still running");
    assertEquals(2, second.exitCode, second.err);
    assertTrue(second.err.startsWith("error: " + dir + " is in use by another release-sim run"
        + " (process " + first.process().pid() + " on "), second.err);
    assertEquals(0, first.await(180), first.output());
    assertTrue(Files.exists(dir.resolve("COMPLETE")));
  }

  /** Waits until the child holds the folder's lock (its process id is in the lock file). */
  private static void awaitHolder(Path dir, ChildJvm child) throws Exception {
    Path lock = dir.resolve(".release-sim.lock");
    String pid = "process " + child.process().pid() + " ";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(lock) && Files.readString(lock).startsWith(pid))) {
      assertTrue(child.process().isAlive() && System.nanoTime() < deadline,
          "the child never held " + lock + ": " + child.output());
      Thread.sleep(10);
    }
  }

  private static Path awaitRunFolder(Path scenario, ChildJvm child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(scenario)) {
        try (Stream<Path> runs = Files.list(scenario)) {
          List<Path> found = runs.toList();
          if (!found.isEmpty()) {
            return found.get(0);
          }
        }
      }
      assertTrue(child.process().isAlive(), child.output());
      Thread.sleep(10);
    }
    throw new AssertionError("no run folder under " + scenario);
  }
}
