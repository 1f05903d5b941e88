package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios too large for the heap are refused in a child JVM with a small -Xmx, at once and in
 * one paragraph, instead of dying of OutOfMemoryError while the model is built.
 */
class MemoryRefusalTest {
  @TempDir
  Path tmp;

  @Test
  void manyCountiesOfLargeTractGridsAreRefusedBeforeTheModelIsBuilt() throws Exception {
    StringBuilder yaml = new StringBuilder("name: big-grid\nseed: 1\ntime: {warmupYears: 0.1,"
        + " years: 0.2, outputIntervalDays: 7}\njurisdictions:\n");
    for (int i = 0; i < 64; i++) {
      yaml.append("  - {name: County ").append(i).append(", population: 2000, tractColumns: 200,"
          + " tractRows: 200}\n");
    }
    Path scenario = Files.writeString(tmp.resolve("big-grid.yaml"), yaml);
    Path out = tmp.resolve("out");
    long start = System.nanoTime();
    ChildJvm child = ChildJvm.start(tmp.resolve("log.txt"), List.of("-Xmx512m"), "run",
        scenario.toString(), "--quiet", "--out", out.toString());
    int exit = child.await(120);
    double seconds = (System.nanoTime() - start) / 1e9;
    String err = child.output();
    assertEquals(2, exit, err);
    assertTrue(err.contains("2,560,000 tracts in 64 counties"), err);
    assertTrue(err.contains("RELEASE_SIM_JAVA_OPTS=-Xmx2g"), err);
    assertFalse(err.contains("OutOfMemoryError") || err.contains("\tat "), err);
    // building these tracts takes over 10 s before the heap runs out; refusing takes a JVM start
    assertTrue(seconds < 10, "refused after " + seconds + " s");
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void aSweepWhoseFactorEnlargesTheCountyIsRefusedForItsLargestPoint() throws Exception {
    Path sweep = Files.writeString(tmp.resolve("grow.yaml"), "name: grow\nbase: "
        + Path.of("src/test/resources/golden/tiny.yaml").toAbsolutePath() + "\nseed: 1\n"
        + "replications: 1\ndesign: {type: factorial}\nfactors:\n"
        + "  - key: jurisdictions[0].population\n    values: [6000, 3000000]\n");
    ChildJvm child = ChildJvm.start(tmp.resolve("log.txt"), List.of("-Xmx256m"), "sweep",
        sweep.toString(), "--threads", "1", "--quiet", "--out", tmp.resolve("out").toString());
    String err = child.await(120) + " " + child.output();
    // 3,000,000 residents x 200 bytes is 600 MB, far above 256 MB; the base (6,000) would fit
    assertTrue(err.startsWith("2 "), err);
    assertTrue(err.contains("design point 1, with 3,000,000 residents"), err);
    assertTrue(err.contains("even on one thread"), err);
    assertFalse(err.contains("\tat "), err);
    assertFalse(Files.exists(tmp.resolve("out")), "no sweep folder");
  }
}
