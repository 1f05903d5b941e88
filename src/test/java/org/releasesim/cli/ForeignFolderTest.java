package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.SweepFixtures;

/**
 * Folders of the user's own files, given to the real command line: nothing in them is replaced
 * or deleted. A sweep, a shard or a merge refuses to write into one (it used to replace the
 * user's index.html, points.csv and design.csv); run and compare given one as --out write only
 * a new folder inside it.
 */
class ForeignFolderTest {
  @TempDir
  Path tmp;
  private Path mine;
  private Map<String, String> before;

  @BeforeEach
  void aFolderOfTheUsersFiles() throws IOException {
    mine = Files.createDirectories(tmp.resolve("my-analysis"));
    for (String f : new String[] {"index.html", "points.csv", "design.csv", "notes.txt"}) {
      Files.writeString(mine.resolve(f), "my own " + f);
    }
    before = contents(mine);
  }

  @Test
  void aSweepResumedIntoItIsRefusedAndWritesNothing() throws IOException {
    Path sweep = sweepFile();
    SweepFixtures.Result r = SweepFixtures.run("sweep", sweep.toString(), "--resume",
        mine.toString(), "--quiet");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("error: " + mine + " holds files this sweep did not write"
        + " (design.csv, index.html, notes.txt, points.csv)"), r.err());
    assertEquals(before, contents(mine), "nothing added, replaced or deleted");
    SweepFixtures.Result shard = SweepFixtures.run("sweep", sweep.toString(), "--resume",
        mine.toString(), "--shard", "1/2", "--quiet");
    assertEquals(2, shard.exit(), shard.err());
    assertTrue(shard.err().contains("cannot be the folder every shard of the sweep shares"),
        shard.err());
    assertEquals(before, contents(mine));
    Path shards = Files.createDirectories(mine.resolve("shards/shard-1-of-1"));
    Files.writeString(shards.resolve("COMPLETE"), "");
    SweepFixtures.Result merge = SweepFixtures.run("merge", mine.toString());
    assertEquals(2, merge.exit(), merge.err());
    assertTrue(merge.err().contains("cannot be merged into"), merge.err());
    assertFalse(Files.exists(mine.resolve(".release-sim.lock")));
  }

  @Test
  void runAndCompareGivenItAsOutWriteOnlyANewFolderInside() throws IOException {
    CliRunner run = CliRunner.run("run", "src/test/resources/golden/tiny.yaml", "--quiet",
        "--out", mine.toString(), "--set", "jurisdictions[0].population=2000", "--set",
        "time.years=0.5", "--set", "time.warmupYears=0.25");
    assertEquals(0, run.exitCode, run.err);
    SweepFixtures.Result compare = SweepFixtures.run("compare",
        "src/test/resources/golden/tiny.yaml", "--policies", "NO_COOPERATION,HONOR_DETAINERS",
        "--replications", "2", "--quiet", "--out", mine.toString(), "--set",
        "jurisdictions[0].population=2000", "--set", "time.years=0.5", "--set",
        "time.warmupYears=0.25");
    assertEquals(0, compare.exit(), compare.err());
    // a run's folder is release-sim's, but no sweep's: a sweep must not write into it either
    Path runFolder = Path.of(run.out.strip());
    Map<String, String> runFiles = contents(runFolder);
    SweepFixtures.Result intoRun = SweepFixtures.run("sweep", sweepFile().toString(),
        "--resume", runFolder.toString(), "--quiet");
    assertEquals(2, intoRun.exit(), intoRun.err());
    assertTrue(intoRun.err().contains("holds files this sweep did not write (COMPLETE, charts,"
        + " datapackage.json, index.html, manifest.json, ...)"), intoRun.err());
    assertEquals(runFiles, contents(runFolder));
    Map<String, String> after = contents(mine);
    after.keySet().removeIf(f -> f.startsWith("tiny/") || f.startsWith("compare-tiny/"));
    assertEquals(before, after, "the user's files untouched, nothing else beside them");
    assertTrue(SweepFixtures.resultsDir(compare).startsWith(mine.resolve("compare-tiny")));
  }

  private Path sweepFile() throws IOException {
    return SweepFixtures.sweepFile(tmp, "foreign", """
        seed: 1
        replications: 2
        design: {type: factorial}
        factors:
          - key: trust.unauthorizedChill
            values: [0.1]
        """);
  }

  /** Every file under a folder (relative path) with its content, as hex. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(f).toString(),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(f)));
      }
    }
    return files;
  }
}
