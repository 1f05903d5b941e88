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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate --posterior} split into shards and merges, step by step through the real
 * command line as a cluster's jobs would run them: 2 shards, 3 shards, and more shards than a
 * batch has candidates each end with the very bytes of the unsharded calibration of the same
 * file; bad shard values, a shard of a finished calibration, merges with shards missing, mixed
 * or damaged, and a folder of another calibration are refused with exit code 2 and one line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosteriorShardsCommandTest {
  /** The files an unsharded calibration writes whose bytes the shards must reproduce. */
  static final List<String> SAME_BYTES = List.of("posterior.csv", "generations.csv",
      "parameters.csv", "predictive.csv", "report.md");

  Path tmp;
  Path file;
  Path unsharded;
  Path twoShards;

  @BeforeAll
  void calibrateUnsharded(@TempDir Path dir) throws IOException {
    tmp = dir;
    file = tmp.resolve("tiny.yaml");
    Files.writeString(file, PosteriorCalibrationCommandTest.TINY);
    CliRunner r = CliRunner.run("calibrate", "--posterior", file.toString(), "--out",
        tmp.resolve("unsharded").toString(), "--threads", "2", "--quiet");
    assertEquals(0, r.exitCode, r.err);
    unsharded = PosteriorCalibrationCommandTest.folder(tmp.resolve("unsharded"));
    twoShards = tmp.resolve("two");
    List<String> merges = runInShards(file, twoShards, 2, "1");
    // tiny's 3 generations, then the predictive check: one merge each
    assertEquals(4, merges.size(), String.join("\n", merges));
  }

  /**
   * Runs a calibration as jobs would: every shard of the next batch (the first one naming the
   * file, to set up the new folder), then the merge, until the merge writes COMPLETE.
   *
   * @return what each merge printed
   */
  static List<String> runInShards(Path file, Path folder, int n, String threads) {
    List<String> merges = new ArrayList<>();
    for (int step = 0; step < 10 && !Files.exists(folder.resolve("COMPLETE")); step++) {
      for (int i = n; i >= 1; i--) {
        List<String> args = new ArrayList<>(List.of("calibrate", "--resume", folder.toString(),
            "--shard", i + "/" + n, "--threads", threads, "--quiet"));
        if (step == 0 && i == n) {
          args.addAll(List.of("--posterior", file.toString()));
        }
        CliRunner shard = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, shard.exitCode, shard.err);
        assertTrue(shard.out.startsWith("Shard " + i + " of " + n + " of "), shard.out);
      }
      CliRunner merge = CliRunner.run("calibrate", "--resume", folder.toString(), "--merge",
          "--quiet");
      assertEquals(0, merge.exitCode, merge.err);
      merges.add(merge.out);
    }
    assertTrue(Files.exists(folder.resolve("COMPLETE")), "no merge finished the calibration");
    return merges;
  }

  void assertSameBytesAsUnsharded(Path folder) throws IOException {
    for (String name : SAME_BYTES) {
      assertArrayEquals(Files.readAllBytes(unsharded.resolve(name)),
          Files.readAllBytes(folder.resolve(name)), name);
    }
  }

  @Test
  void twoShardsAndMergesGiveTheUnshardedFilesByteForByte() throws IOException {
    assertSameBytesAsUnsharded(twoShards);
    for (int g = 0; g < 3; g++) {
      String name = String.format("generation-%03d", g);
      List<String> shard = Files.readAllLines(twoShards.resolve("shards").resolve(name)
          .resolve("shard-2-of-2.csv"));
      assertEquals("candidate,seed,reporting.reportRates.violent,"
          + "policing.clearanceRates.property,reporting_violent,clearance_property",
          shard.get(0));
      // shard 2 of 2 takes every second candidate of the batch of 8, from the second
      assertEquals(List.of("1", "3", "5", "7"), shard.subList(1, shard.size()).stream()
          .map(l -> l.split(",")[0]).toList(), name);
    }
    assertEquals(List.of("shard-1-of-2.csv", "shard-2-of-2.csv"), List.of(twoShards
        .resolve("shards/predictive").toFile().list()).stream().sorted().toList());
  }

  @Test
  void mergesSayWhatComesNext() throws IOException {
    Path folder = tmp.resolve("said");
    List<String> merges = runInShards(file, folder, 2, "2");
    assertTrue(merges.get(0).contains("generation 0:") && merges.get(0).contains(
        "more generations are needed; next, generation 1: run calibrate --resume " + folder
            + " --shard i/2"), merges.get(0));
    assertTrue(merges.get(2).contains("the sampler stops (the configured number of"
        + " generations ran); next, the predictive check's 4 draws"), merges.get(2));
    assertTrue(merges.get(3).contains("Predictive check:") && merges.get(3).contains("wrote "
        + folder), merges.get(3));
    // one thread or two in every shard: the same bytes
    assertSameBytesAsUnsharded(folder);
  }

  @Test
  void threeShardsGiveTheUnshardedFilesByteForByte() throws IOException {
    Path folder = tmp.resolve("three");
    runInShards(file, folder, 3, "1");
    assertSameBytesAsUnsharded(folder);
  }

  @Test
  void moreShardsThanCandidatesLeaveSomeEmptyAndStillGiveTheSameBytes() throws IOException {
    Path folder = tmp.resolve("ten");
    runInShards(file, folder, 10, "1");
    assertSameBytesAsUnsharded(folder);
    // batches of 8 and 4 predictive draws: shard 10 of 10 never has a candidate
    assertEquals(1, Files.readAllLines(folder.resolve("shards/predictive/shard-10-of-10.csv"))
        .size());
  }

  @Test
  void badShardValuesExitWithCode2() {
    for (String bad : List.of("0/2", "3/2", "1/0", "two", "1-2", "1/2/3", "-1/2")) {
      CliRunner r = CliRunner.run("calibrate", "--resume", tmp.resolve("nowhere").toString(),
          "--shard", bad);
      assertOneLineRefusal(r, "--shard " + bad + ": expected i/n with 1 <= i <= n");
    }
    CliRunner r = CliRunner.run("calibrate", "--posterior", file.toString(), "--shard", "1/2");
    assertOneLineRefusal(r, "--shard 1/2 needs --resume DIR");
    r = CliRunner.run("calibrate", "--merge");
    assertOneLineRefusal(r, "--merge needs --resume DIR");
    r = CliRunner.run("calibrate", "--resume", twoShards.toString(), "--shard", "1/2",
        "--merge");
    assertOneLineRefusal(r, "--shard and --merge are separate steps");
    r = CliRunner.run("calibrate", "--resume", tmp.resolve("nowhere").toString(), "--shard",
        "1/2");
    assertOneLineRefusal(r, "not the folder of a posterior calibration");
  }

  @Test
  void aShardOrMergeOfAFinishedCalibrationExitsWithCode2() {
    CliRunner r = CliRunner.run("calibrate", "--resume", twoShards.toString(), "--shard",
        "1/2");
    assertOneLineRefusal(r, "this calibration finished already");
    r = CliRunner.run("calibrate", "--resume", twoShards.toString(), "--merge");
    assertOneLineRefusal(r, "this calibration finished already");
  }

  @Test
  void aMergeWithShardsMissingNamesThemAndChangesNothing() throws IOException {
    Path folder = tmp.resolve("missing");
    CliRunner r = CliRunner.run("calibrate", "--resume", folder.toString(), "--shard", "2/3",
        "--posterior", file.toString(), "--quiet");
    assertEquals(0, r.exitCode, r.err);
    // a requeued task whose shard is written already has nothing to do
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--shard", "2/3");
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.out.startsWith("Nothing to do: "), r.out);
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--merge");
    assertOneLineRefusal(r, "generation 0 cannot be merged yet: shards 1, 3 of 3 are missing"
        + " from " + folder.resolve("shards").resolve("generation-000") + "; run calibrate"
        + " --resume " + folder + " --shard i/3 for i = 1, 3");
    assertFalse(Files.exists(folder.resolve("generations.csv")), "nothing saved");

    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--shard", "1/3", "--quiet");
    assertEquals(0, r.exitCode, r.err);
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--merge");
    assertOneLineRefusal(r, "shard 3 of 3 is missing");
    assertTrue(r.err.contains("--shard 3/3 (or wait for it to finish)"), r.err);

    // a shard of another split beside them: the merge cannot tell which split is meant
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--shard", "1/2", "--quiet");
    assertEquals(0, r.exitCode, r.err);
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--merge");
    assertOneLineRefusal(r, "holds shards of different splits (shard-1-of-2.csv,"
        + " shard-1-of-3.csv, shard-2-of-3.csv)");
  }

  @Test
  void aMergeWithNoShardsOrADamagedOneExitsWithCode2() throws IOException {
    Path folder = tmp.resolve("damaged");
    CliRunner r = CliRunner.run("calibrate", "--resume", folder.toString(), "--shard", "1/1",
        "--posterior", file.toString(), "--quiet");
    assertEquals(0, r.exitCode, r.err);
    Path shard = folder.resolve("shards/generation-000/shard-1-of-1.csv");
    List<String> lines = Files.readAllLines(shard);
    // a candidate's seed changed: not this calibration's batch
    String[] cells = lines.get(3).split(",");
    cells[1] = Integer.toString(Integer.parseInt(cells[1]) + 1);
    lines.set(3, String.join(",", cells));
    Files.write(shard, lines);
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--merge");
    assertOneLineRefusal(r, shard + " cannot be used (row 3 is not candidate 2 of"
        + " generation 0 of this calibration); delete it, run calibrate --resume " + folder
        + " --shard 1/1 again");
    Files.write(shard, lines.subList(0, 5));
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--merge");
    assertOneLineRefusal(r, "(it holds 4 candidates, not 8)");
    Files.delete(shard);
    r = CliRunner.run("calibrate", "--resume", folder.toString(), "--merge");
    assertOneLineRefusal(r, "no shard of generation 0 is there yet");
  }

  @Test
  void aFolderOfAnotherCalibrationOrOtherFilesIsRefused() throws IOException {
    Path other = tmp.resolve("other.yaml");
    Files.writeString(other, PosteriorCalibrationCommandTest.TINY.replace("seed: 11",
        "seed: 12"));
    CliRunner r = CliRunner.run("calibrate", "--resume", twoShards.toString(), "--shard", "1/2",
        "--posterior", other.toString());
    assertOneLineRefusal(r, "holds a calibration started from another calibration file");
    Path foreign = tmp.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    r = CliRunner.run("calibrate", "--resume", foreign.toString(), "--shard", "1/2",
        "--posterior", file.toString());
    assertOneLineRefusal(r, "holds other files (notes.txt)");
    assertEquals(List.of("notes.txt"), List.of(foreign.toFile().list()), "nothing written");
  }

  static void assertOneLineRefusal(CliRunner r, String expected) {
    assertEquals(2, r.exitCode, r.err + r.out);
    assertTrue(r.err.contains(expected), r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
    assertEquals(1, r.err.strip().lines().count(), "one paragraph: " + r.err);
  }
}
