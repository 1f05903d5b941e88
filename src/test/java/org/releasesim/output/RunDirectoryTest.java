package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
  /** A Tokyo clock zone shows that the stamp is UTC, not the clock's zone. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T23:04:05Z"), ZoneId.of("Asia/Tokyo"));

  @TempDir
  Path base;

  @Test
  void runIdIsUtcTimeAndSeedUnderTheScenarioFolder() throws IOException {
    RunDirectory run = RunDirectory.create(base, "baseline", 42, CLOCK);
    assertEquals("20250301-230405-seed42", run.runId());
    assertEquals(base.resolve("baseline").resolve("20250301-230405-seed42"), run.path());
    assertTrue(Files.isDirectory(run.path()));
  }

  @Test
  void twoRunsInTheSameSecondWithTheSameSeedGetDistinctFolders() throws IOException {
    RunDirectory first = RunDirectory.create(base, "baseline", 7, CLOCK);
    RunDirectory second = RunDirectory.create(base, "baseline", 7, CLOCK);
    RunDirectory third = RunDirectory.create(base, "baseline", 7, CLOCK);
    assertEquals("20250301-230405-seed7", first.runId());
    assertEquals("20250301-230405-seed7-2", second.runId());
    assertEquals("20250301-230405-seed7-3", third.runId());
  }

  @Test
  void anExistingRunIsNeverOverwritten() throws IOException {
    RunDirectory first = RunDirectory.create(base, "baseline", 7, CLOCK);
    Files.writeString(first.file("summary.csv"), "precious");
    RunDirectory second = RunDirectory.create(base, "baseline", 7, CLOCK);
    assertNotEquals(first.path(), second.path());
    assertEquals("precious", Files.readString(first.file("summary.csv")));
    assertEquals(0, second.path().toFile().list().length);
  }

  @Test
  void concurrentCreationNeverHandsOutTheSameFolderTwice() throws Exception {
    int threads = 16;
    Set<Path> paths = Collections.synchronizedSet(new HashSet<>());
    Thread[] workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] = new Thread(() -> {
        try {
          paths.add(RunDirectory.create(base, "sweep", 1, CLOCK).path());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      workers[i].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    assertEquals(threads, paths.size());
  }

  @Test
  void unsafeScenarioNamesCannotEscapeTheResultsFolder() throws IOException {
    RunDirectory run = RunDirectory.create(base, "../etc/passwd", 1, CLOCK);
    assertEquals(base.resolve("-.-etc-passwd"), run.path().getParent());
    assertThrows(IllegalArgumentException.class, () -> RunDirectory.create(base, " ", 1, CLOCK));
  }

  @Test
  void aRunIsCompleteOnlyAfterTheMarkerIsWritten() throws IOException {
    RunDirectory run = RunDirectory.create(base, "baseline", 1, CLOCK);
    assertFalse(RunDirectory.isComplete(run.path()));
    run.markComplete();
    assertTrue(RunDirectory.isComplete(run.path()));
    assertEquals("2025-03-01T23:04:05Z\n", Files.readString(run.file(RunDirectory.COMPLETE)));
  }
}
