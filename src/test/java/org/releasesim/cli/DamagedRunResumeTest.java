package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.ManifestJson;
import org.releasesim.output.RunManifest;

/**
 * {@code run --resume} of folders that cannot be continued, through the real command line: each
 * ends in one paragraph naming the file and what to do, exit code 2, no stack trace, and leaves
 * the folder as it was. One run is killed after its first checkpoint; each case damages a copy.
 */
class DamagedRunResumeTest {
  @TempDir
  static Path shared;
  private static Path interrupted;

  @TempDir
  Path tmp;

  @BeforeAll
  static void interruptARun() throws Exception {
    Path out = shared.resolve("out");
    ChildJvm child = ChildJvm.start(shared.resolve("log.txt"), List.of(), "run",
        "src/test/resources/golden/tiny.yaml", "--quiet", "--out", out.toString(),
        "--checkpoint-every", "20", "--set", "jurisdictions[0].population=2000", "--set",
        "time.warmupYears=0.25");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (interrupted == null && System.nanoTime() < deadline) {
      Thread.sleep(20);
      Path tiny = out.resolve("tiny");
      if (Files.isDirectory(tiny)) {
        try (Stream<Path> runs = Files.list(tiny)) {
          // mid-run: a checkpoint, and the series still being written (checkpoints now stay
          // while a finished run writes its outputs too)
          interrupted = runs.filter(r -> Files.exists(r.resolve("checkpoint.bin"))
              && Files.exists(r.resolve("timeseries.csv.partial"))).findFirst().orElse(null);
        }
      }
    }
    child.process().destroyForcibly();
    child.process().waitFor(30, TimeUnit.SECONDS);
    assertTrue(interrupted != null, "no checkpoint appeared: " + child.output());
  }

  @Test
  void aGarbageManifestIsNamedAndTheRunCannotContinue() throws Exception {
    Path run = copy();
    Files.writeString(run.resolve("manifest.json"), "{\"tool_version\": \"0.1.0\", \"seed\": x");
    String err = refused(run);
    assertTrue(err.startsWith("error: Cannot resume " + run + ": " + run.resolve("manifest.json")
        + " is not a readable run manifest"), err);
    assertTrue(err.contains("release-sim run " + run.resolve("scenario.yaml")), err);
  }

  @Test
  void aMissingTimeSeriesIsNamed() throws Exception {
    Path run = copy();
    Files.delete(run.resolve("timeseries.csv.partial"));
    String err = refused(run);
    assertTrue(err.contains(run.resolve("timeseries.csv.partial") + " is missing"), err);
  }

  @Test
  void aTimeSeriesCutShorterThanItsCheckpointIsNamed() throws Exception {
    Path run = copy();
    Path partial = run.resolve("timeseries.csv.partial");
    try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
      ch.truncate(10);
    }
    String err = refused(run);
    assertTrue(err.contains(partial + " is cut short: it holds 10 bytes"), err);
  }

  @Test
  void aScenarioEditedAfterTheStartIsRefusedRatherThanHashedIntoTheManifest() throws Exception {
    Path run = copy();
    Path scenario = run.resolve("scenario.yaml");
    Files.writeString(scenario, Files.readString(scenario).replace("population: 2000",
        "population: 9000"));
    String err = refused(run);
    assertTrue(err.contains(scenario + " was changed after the run started"), err);
  }

  @Test
  void aMissingScenarioIsWrittenBackFromTheManifestAndTheRunFinishes() throws Exception {
    Path run = copy();
    Files.delete(run.resolve("scenario.yaml"));
    CliRunner r = CliRunner.run("run", "--resume", run.toString(), "--quiet", "--set",
        "time.years=2");
    assertEquals(2, r.exitCode, "--set is refused with --resume: " + r.err);
    assertTrue(Files.exists(run.resolve("checkpoint.bin")));
    r = CliRunner.run("run", "--resume", run.toString(), "--quiet");
    assertEquals(0, r.exitCode, r.err);
    assertEquals(ManifestJson.read(run.resolve("manifest.json")).scenarioYaml(),
        Files.readString(run.resolve("scenario.yaml")));
    assertTrue(Files.exists(run.resolve("COMPLETE")));
  }

  @Test
  void aCheckpointThatCannotBeWrittenStopsTheRunAndKeepsTheLastOne() throws Exception {
    // no mount needed: the checkpoint's temporary file points at /dev/full, where every write
    // fails as on a full disk (No space left on device), whoever runs the test
    Path run = copy();
    byte[] last = Files.readAllBytes(run.resolve("checkpoint.bin"));
    // a run killed while writing a checkpoint leaves its temporary file: replaced here
    Files.deleteIfExists(run.resolve("checkpoint.bin.tmp"));
    Files.createSymbolicLink(run.resolve("checkpoint.bin.tmp"), Path.of("/dev/full"));
    CliRunner r = CliRunner.run("run", "--resume", run.toString(), "--quiet");
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.startsWith("error: could not write " + run.resolve("checkpoint.bin")
        + ": the disk is full"), r.err);
    assertTrue(r.err.contains("its manifest.json says failed"), r.err);
    assertTrue(r.err.contains("continue it from its last checkpoint with: release-sim run"
        + " --resume " + run), r.err);
    assertFalse(r.err.contains("\tat "), r.err);
    RunManifest manifest = ManifestJson.read(run.resolve("manifest.json"));
    assertEquals(RunManifest.Status.FAILED, manifest.status());
    assertTrue(manifest.failure().contains("the disk is full"), manifest.failure());
    assertArrayEquals(last, Files.readAllBytes(run.resolve("checkpoint.bin")), "kept");
  }

  @Test
  void foldersThatAreNotRunsAreRefusedAndLeftAlone() throws IOException {
    Path none = tmp.resolve("none");
    assertTrue(refused(none).contains("there is no such folder"));
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertTrue(refused(file).contains("this is a file, not a run folder"));
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("index.html"), "mine");
    assertTrue(refused(mine).contains("is not a run folder: it has no manifest.json"));
    try (Stream<Path> files = Files.list(mine)) {
      assertEquals(List.of(mine.resolve("index.html")), files.toList(), "nothing added");
    }
    CliRunner r = CliRunner.run("run", "src/test/resources/golden/tiny.yaml", "--quiet",
        "--out", file.toString());
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("--out " + file + " is a file, not a folder"), r.err);
    assertEquals("mine", Files.readString(file));
  }

  /** Resumes {@code run}, checks the refusal's form and that the folder is unchanged. */
  private static String refused(Path run) throws IOException {
    String before = listing(run);
    CliRunner r = CliRunner.run("run", "--resume", run.toString(), "--quiet");
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.startsWith("error: "), r.err);
    assertEquals(1, r.err.strip().lines().count(), "one paragraph: " + r.err);
    assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), r.err);
    assertEquals(before, listing(run), "the folder is left as it was");
    return r.err;
  }

  /** Every file's name, size and time under a folder (nothing for a missing one). */
  private static String listing(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Files.exists(dir) ? Files.size(dir) + "" : "none";
    }
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
        if (!f.getFileName().toString().equals(".release-sim.lock")) {
          sb.append(dir.relativize(f)).append(' ').append(Files.size(f)).append(' ')
              .append(Files.getLastModifiedTime(f)).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private Path copy() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("tiny")).resolve(
        interrupted.getFileName());
    try (Stream<Path> files = Files.walk(interrupted)) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(interrupted.relativize(f).toString()));
      }
    }
    return target;
  }
}
