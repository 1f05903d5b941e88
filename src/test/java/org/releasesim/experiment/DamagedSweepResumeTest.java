package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep --resume} through the real command line after the files it appends to were cut
 * or edited: a run whose time series was cut off is redone (its series used to go missing from
 * series.csv while the sweep exited 0), and a value edited in runs.csv is refused, not analysed.
 */
class DamagedSweepResumeTest {
  private static final List<String> FILES = List.of("runs.csv", "runs-series.csv", "series.csv",
      "points.csv");

  @Test
  void aCutTimeSeriesIsRedoneAndAnEditedValueIsRefused(@TempDir Path tmp) throws Exception {
    Path sweep = SweepFixtures.sweepFile(tmp, "cut", """
        seed: 11
        replications: 2
        design: {type: factorial}
        factors:
          - key: trust.unauthorizedChill
            values: [0.1]
        outcomes: [crimes]
        timeSeries: [jail_population]
        """);
    SweepFixtures.Result first = SweepFixtures.run("sweep", sweep.toString(), "--out",
        tmp.resolve("out").toString(), "--threads", "1", "--quiet");
    assertEquals(0, first.exit(), first.err());
    Path dir = SweepFixtures.resultsDir(first);
    Map<String, String> whole = new HashMap<>();
    for (String f : FILES) {
      whole.put(f, Files.readString(dir.resolve(f)));
    }
    // killed while run 1's series rows were being written: run 0's rows whole, then a piece
    Files.delete(dir.resolve("COMPLETE"));
    String series = whole.get("runs-series.csv");
    int runOneStarts = series.indexOf("\n1,") + 1;
    cut(dir.resolve("runs-series.csv"), runOneStarts + 7);
    SweepFixtures.Result resumed = SweepFixtures.run("sweep", sweep.toString(), "--resume",
        dir.toString(), "--threads", "1", "--quiet");
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("1 runs in"), "run 1 redone: " + resumed.out());
    for (String f : FILES) {
      assertEquals(whole.get(f), Files.readString(dir.resolve(f)), f);
    }

    Files.delete(dir.resolve("COMPLETE"));
    String edited = whole.get("runs.csv").replaceFirst("\n1,([^\n]*),[^,\n]*\n", "\n1,$1,12345\n");
    assertFalse(edited.equals(whole.get("runs.csv")));
    Files.writeString(dir.resolve("runs.csv"), edited);
    SweepFixtures.Result refused = SweepFixtures.run("sweep", sweep.toString(), "--resume",
        dir.toString(), "--threads", "1", "--quiet");
    assertEquals(2, refused.exit(), refused.err());
    assertTrue(refused.err().startsWith("error: " + dir.resolve("runs.csv") + ", line 3 (run 1)"
        + " is not the row this sweep wrote"), refused.err());
    assertFalse(refused.err().contains("\tat "), refused.err());
    assertEquals(edited, Files.readString(dir.resolve("runs.csv")), "left as it was");
    assertFalse(Files.exists(dir.resolve("COMPLETE")));
  }

  private static void cut(Path file, long bytes) throws Exception {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(bytes);
    }
  }
}
