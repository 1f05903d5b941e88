package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runs.csv and every statistic are the same bytes for any thread count and any sharding. */
class SweepDeterminismTest {
  private static final List<String> SAME = List.of("runs.csv", "runs-series.csv", "points.csv",
      "contrasts.csv", "series.csv", "design.csv", "index.html", "charts/contrast_crimes.svg");

  @Test
  void threadsAndShardsGiveByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    Path sweep = SweepFixtures.smallFactorial(tmp);
    Path one = SweepFixtures.resultsDir(SweepFixtures.run("sweep", sweep.toString(), "--out",
        tmp.resolve("one").toString(), "--threads", "1", "--quiet"));
    Path two = SweepFixtures.resultsDir(SweepFixtures.run("sweep", sweep.toString(), "--out",
        tmp.resolve("two").toString(), "--threads", "2", "--quiet"));
    sameFiles(one, two);
    for (int n : new int[] {1, 2, 4}) {
      Path shared = tmp.resolve("shards" + n).resolve("small");
      for (int i = 1; i <= n; i++) {
        SweepFixtures.Result r = SweepFixtures.run("sweep", sweep.toString(), "--resume",
            shared.toString(), "--shard", i + "/" + n, "--threads", "2", "--quiet");
        assertEquals(0, r.exit(), r.err());
      }
      SweepFixtures.Result merged = SweepFixtures.run("merge", shared.toString());
      assertEquals(0, merged.exit(), merged.err());
      sameFiles(one, shared);
    }
  }

  @Test
  void aRunRepeatsFromItsSeedAndOverrides(@TempDir Path tmp) throws IOException {
    Path sweep = SweepFixtures.smallFactorial(tmp);
    Path dir = SweepFixtures.resultsDir(SweepFixtures.run("sweep", sweep.toString(), "--out",
        tmp.toString(), "--quiet"));
    List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
    String[] header = lines.get(0).split(",");
    String[] last = lines.get(lines.size() - 1).split(",");
    assertEquals("seed", header[3]);
    assertTrue(Integer.parseInt(last[3]) >= 0);
    // paired: every point of a replicate shares its seed
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      String[] first = lines.get(1 + 4 * Integer.parseInt(cells[2])).split(",");
      assertEquals(first[3], cells[3]);
    }
  }

  private static void sameFiles(Path a, Path b) throws IOException {
    for (String name : SAME) {
      assertEquals(SweepFixtures.read(a.resolve(name)), SweepFixtures.read(b.resolve(name)),
          name + " differs between " + a + " and " + b);
    }
  }
}
