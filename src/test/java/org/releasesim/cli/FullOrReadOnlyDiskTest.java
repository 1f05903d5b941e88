package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.SweepFixtures;
import org.releasesim.output.ManifestJson;
import org.releasesim.output.RunManifest;

/**
 * Runs and sweeps on a disk that fills up or is read-only, through the real command line in a
 * child JVM on a small tmpfs of its own (DamagedRunResumeTest fills a disk without one, through
 * /dev/full): one paragraph naming the file and the cause, exit code 2, no stack trace, the manifest marked
 * failed with the reason, nothing half-written, and work that can be finished once there is
 * room.
 */
class FullOrReadOnlyDiskTest {
  private static final String TINY = "src/test/resources/golden/tiny.yaml";
  private static final String ONE_POINT = "seed: 1\nreplications: 2\n"
      + "design: {type: factorial}\nfactors:\n"
      + "  - key: trust.unauthorizedChill\n    values: [0.1]\n";

  @TempDir
  Path tmp;

  @Test
  void aRunThatFillsTheDiskStopsWithOneParagraphAndAFailedManifest() throws Exception {
    SmallDisk.assumeAvailable(tmp);
    Path disk = tmp.resolve("disk");
    Path copy = tmp.resolve("copy");
    // 400 KB: the run's start (scenario, manifest, 256 KB set aside) fits, its series does not
    ChildJvm child = SmallDisk.run(disk, "400k", copy, tmp.resolve("log.txt"), List.of(
        SmallDisk.release("run", TINY, "--quiet", "--out", disk.resolve("out").toString())));
    assertEquals(2, child.await(120), child.output());
    String err = child.output();
    assertTrue(err.startsWith("error: could not write " + disk), err);
    assertTrue(err.contains("timeseries.csv.partial: the disk is full"), err);
    assertTrue(err.contains("its manifest.json says failed"), err);
    assertTrue(err.contains("run the scenario again"), "no checkpoint, so no resume: " + err);
    assertFalse(err.contains("\tat ") || err.contains("internal error"), err);
    assertEquals(1, err.strip().lines().count(), "one paragraph: " + err);
    Path run = onlyRun(copy.resolve("out/tiny"));
    RunManifest manifest = ManifestJson.read(run.resolve("manifest.json"));
    assertEquals(RunManifest.Status.FAILED, manifest.status());
    assertTrue(manifest.failure().contains("the disk is full"), manifest.failure());
    assertEquals(manifest.scenarioYaml(), Files.readString(run.resolve("scenario.yaml")));
    assertFalse(Files.exists(run.resolve("COMPLETE")));
    try (Stream<Path> files = Files.list(run)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary files");
    }
  }

  @Test
  void aRunWithCheckpointsThatFillsTheDiskFinishesOnResumeOnceThereIsRoom() throws Exception {
    SmallDisk.assumeAvailable(tmp);
    Path disk = tmp.resolve("disk");
    Path copy = tmp.resolve("copy");
    Path out = disk.resolve("out");
    String[] scenario = {TINY, "--quiet", "--seed", "5", "--set",
        "jurisdictions[0].population=2000", "--set", "time.warmupYears=0.25"};
    Path firstExit = tmp.resolve("first-exit.txt");
    // 500 KB: the start (270 KB with the 256 KB set aside) and a checkpoint being replaced
    // (about 60 KB twice) fit, the year's series (about 320 KB) does not; then the disk grows
    // and the run is resumed
    ChildJvm child = SmallDisk.run(disk, "500k", copy, tmp.resolve("log.txt"), List.of(
        SmallDisk.release(concat(new String[] {"run"}, scenario, new String[] {"--out",
            out.toString(), "--checkpoint-every", "60"})),
        SmallDisk.recordExit(firstExit),
        SmallDisk.resize(disk, "20m"),
        "dir=$(ls -d " + SmallDisk.quote(out + "/tiny") + "/*)",
        SmallDisk.release("run", "--resume", "__DIR__", "--quiet").replace("'__DIR__'",
            "\"$dir\"")));
    assertEquals(0, child.await(180), child.output());
    String log = child.output();
    assertEquals("2", Files.readString(firstExit).strip(), log);
    assertTrue(log.contains("the disk is full"), log);
    assertTrue(log.contains("continue it from its last checkpoint with: release-sim run"
        + " --resume " + out), log);
    CliRunner reference = CliRunner.run(concat(new String[] {"run"}, scenario,
        new String[] {"--out", tmp.resolve("reference").toString()}));
    assertEquals(0, reference.exitCode, reference.err);
    Path expected = onlyRun(tmp.resolve("reference/tiny"));
    Path resumed = onlyRun(copy.resolve("out/tiny"));
    for (String f : List.of("timeseries.csv", "summary.csv")) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(f)),
          Files.readAllBytes(resumed.resolve(f)), f);
    }
    assertEquals(RunManifest.Status.COMPLETE,
        ManifestJson.read(resumed.resolve("manifest.json")).status());
  }

  @Test
  void aRunOrASweepIntoAReadOnlyFolderWritesNothingAndSaysSo() throws Exception {
    SmallDisk.assumeAvailable(tmp);
    Path disk = tmp.resolve("disk");
    Path sweepExit = tmp.resolve("sweep-exit.txt");
    Path sweep = SweepFixtures.sweepFile(tmp, "ro", ONE_POINT);
    ChildJvm child = SmallDisk.run(disk, "400k", tmp.resolve("copy"), tmp.resolve("log.txt"),
        List.of(SmallDisk.readOnly(disk),
            SmallDisk.release("sweep", sweep.toString(), "--quiet", "--out",
                disk.resolve("sweeps").toString()),
            SmallDisk.recordExit(sweepExit),
            SmallDisk.release("run", TINY, "--quiet", "--out", disk.resolve("out").toString())));
    assertEquals(2, child.await(120), child.output());
    assertEquals("2", Files.readString(sweepExit).strip());
    assertEquals(List.of("error: cannot write to " + disk.resolve("sweeps") + ": the file"
        + " system is read-only. Nothing was written. Give --out a folder you can write to (it is"
        + " created if missing).", "error: cannot write to " + disk.resolve("out") + ": the"
        + " file system is read-only. Nothing was written. Give --out a folder you can write to"
        + " (it is created if missing)."), child.output().strip().lines().toList());
  }

  @Test
  void aSweepThatFillsTheDiskKeepsWholeRowsAndFinishesOnResumeOnceThereIsRoom()
      throws Exception {
    SmallDisk.assumeAvailable(tmp);
    Path sweep = SweepFixtures.sweepFile(tmp, "full", """
        seed: 3
        replications: 2
        design: {type: factorial}
        factors:
          - key: trust.unauthorizedChill
            values: [0.1, 0.2]
        timeSeries: [jail_population]
        """);
    Path disk = tmp.resolve("disk");
    Path out = disk.resolve("out");
    Path atFailure = tmp.resolve("at-failure");
    Path firstExit = tmp.resolve("first-exit.txt");
    // 28 KB, in 4 KB pages: the sweep's files and two runs' series rows (1.7 KB each) fit, the
    // third run's do not
    ChildJvm child = SmallDisk.run(disk, "28k", tmp.resolve("copy"), tmp.resolve("log.txt"),
        List.of(SmallDisk.release("sweep", sweep.toString(), "--quiet", "--threads", "1",
                "--out", out.toString()),
            SmallDisk.recordExit(firstExit),
            SmallDisk.copy(disk, atFailure),
            SmallDisk.resize(disk, "10m"),
            "dir=$(ls -d " + SmallDisk.quote(out + "/full") + "/*)",
            SmallDisk.release("sweep", sweep.toString(), "--quiet", "--resume", "__DIR__")
                .replace("'__DIR__'", "\"$dir\"")));
    assertEquals(0, child.await(180), child.output());
    String log = child.output();
    assertEquals("2", Files.readString(firstExit).strip(), log);
    assertTrue(log.contains("the disk is full"), log);
    assertTrue(log.contains("the runs it recorded are kept"), log);
    assertFalse(log.contains("\tat "), log);
    Path failed = onlyRun(atFailure.resolve("out/full"));
    for (String f : List.of("runs.csv", "runs-series.csv", ".runs-ledger")) {
      String text = Files.readString(failed.resolve(f));
      assertTrue(text.endsWith("\n"), f + " holds whole lines only");
    }
    SweepFixtures.Result reference = SweepFixtures.run("sweep", sweep.toString(), "--quiet",
        "--threads", "1", "--out", tmp.resolve("reference").toString());
    Path expected = SweepFixtures.resultsDir(reference);
    Path resumed = onlyRun(tmp.resolve("copy/out/full"));
    for (String f : List.of("runs.csv", "runs-series.csv", "points.csv", "series.csv")) {
      assertEquals(Files.readString(expected.resolve(f)), Files.readString(resumed.resolve(f)),
          f);
    }
  }

  private static Path onlyRun(Path scenarioFolder) throws Exception {
    try (Stream<Path> s = Files.list(scenarioFolder)) {
      List<Path> runs = s.toList();
      assertEquals(1, runs.size(), runs.toString());
      return runs.get(0);
    }
  }

  private static String[] concat(String[]... parts) {
    return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
  }
}
