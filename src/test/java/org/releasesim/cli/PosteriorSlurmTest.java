package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.releasesim.experiment.SlurmProcesses.onPath;
import static org.releasesim.experiment.SlurmProcesses.run;
import static org.releasesim.experiment.SlurmProcesses.slurmAnswers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.SlurmProcesses;
import org.releasesim.experiment.slurm.SlurmScripts;

/**
 * {@code release-sim slurm --posterior}: the scripts run one batch of the calibration per array
 * and merge, and each merge submits the next batch until the calibration is complete. Run by
 * bash with a stand-in sbatch that records what is submitted (everywhere), and on a real Slurm
 * (where sbatch is on the PATH and answers), the chain must end with the bytes of the unsharded
 * calibration of the same file.
 */
class PosteriorSlurmTest {
  private static final int SHARDS = 2;

  /** This test JVM's java and class path, so jobs run the code under test. */
  private static String launcher() {
    return SlurmScripts.quote(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString()) + " -Djava.awt.headless=true -cp "
        + SlurmScripts.quote(System.getProperty("java.class.path")) + " "
        + Main.class.getName();
  }

  /** The tiny calibration under a name of its own, so that its job names are this test's. */
  private static Path calibrationFile(Path tmp, String name) throws IOException {
    Path file = tmp.resolve(name + ".yaml");
    Files.writeString(file, PosteriorCalibrationCommandTest.TINY.replace("name: tiny",
        "name: " + name));
    return file;
  }

  private static Path unsharded(Path file, Path out) throws IOException {
    CliRunner r = CliRunner.run("calibrate", "--posterior", file.toString(), "--out",
        out.toString(), "--threads", "2", "--quiet");
    assertEquals(0, r.exitCode, r.err);
    return only(only(out.resolve("calibration")));
  }

  private static Path only(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> all = s.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  /** Writes the scripts; returns the calibration folder they were written for. */
  private static Path writeScripts(Path file, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("slurm", "--posterior", file.toString(),
        "--shards", String.valueOf(SHARDS), "--out", out.toString(), "--launcher",
        launcher()));
    args.addAll(List.of(more));
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.out.contains("submit once with"), r.out);
    String results = "Results (after the last merge job) in ";
    Path dir = Path.of(r.out.lines().filter(l -> l.startsWith(results)).findFirst()
        .orElseThrow().substring(results.length()));
    assertTrue(Files.isRegularFile(dir.resolve("calibration.yaml")), "the folder is set up");
    assertEquals(out.toAbsolutePath().resolve("calibration"), dir.getParent().getParent(),
        "named as calibrate names its folders");
    return dir;
  }

  @Test
  void theChainOfJobsRunByHandGivesTheUnshardedFiles(@TempDir Path tmp) throws Exception {
    Path file = calibrationFile(tmp, "tiny");
    Path reference = unsharded(file, tmp.resolve("local"));
    Path folder = writeScripts(file, tmp.resolve("byhand"), "--partition", "debug", "--time",
        "00:10:00");
    Path scripts = folder.resolve("slurm");
    String array = Files.readString(scripts.resolve(SlurmScripts.ARRAY));
    assertTrue(array.contains("#SBATCH --array=1-" + SHARDS + "\n") && array.contains(
        "#SBATCH --partition=debug\n#SBATCH --time=00:10:00\n"), array);
    assertTrue(array.contains(" calibrate --resume " + SlurmScripts.quote(folder.toString())
        + " --shard \"${SLURM_ARRAY_TASK_ID}/" + SHARDS + "\""), array);
    // a stand-in sbatch: records each submission and answers with a job id
    Path log = tmp.resolve("submitted.log");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.writeString(bin.resolve("sbatch"), "#!/bin/bash\n"
        + "echo \"$*\" >> " + SlurmScripts.quote(log.toString()) + "\n"
        + "wc -l < " + SlurmScripts.quote(log.toString()) + "\n");
    bin.resolve("sbatch").toFile().setExecutable(true);
    Map<String, String> env = new HashMap<>(Map.of("PATH", bin + ":" + System.getenv("PATH")));
    assertEquals(0, bash(scripts.resolve(SlurmScripts.SUBMIT), env, tmp));
    int batches = 0;
    while (true) {
      List<String> submitted = Files.readAllLines(log);
      // every batch: its array, then its merge after the array succeeded
      assertEquals(2 * (batches + 1), submitted.size(), submitted.toString());
      assertTrue(submitted.get(2 * batches).endsWith(SlurmScripts.ARRAY), submitted.toString());
      assertTrue(submitted.get(2 * batches + 1).startsWith("--parsable --dependency=afterok:"
          + (2 * batches + 1) + " ") && submitted.get(2 * batches + 1).endsWith(
              SlurmScripts.MERGE), submitted.toString());
      for (int task = 1; task <= SHARDS; task++) {
        Map<String, String> taskEnv = new HashMap<>(env);
        taskEnv.putAll(Map.of("SLURM_ARRAY_TASK_ID", String.valueOf(task),
            "SLURM_CPUS_PER_TASK", "1"));
        assertEquals(0, bash(scripts.resolve(SlurmScripts.ARRAY), taskEnv, tmp));
      }
      assertEquals(0, bash(scripts.resolve(SlurmScripts.MERGE), env, tmp));
      batches++;
      if (Files.exists(folder.resolve("COMPLETE"))) {
        break;
      }
      assertTrue(batches < 10, "the chain does not end");
    }
    // tiny's 3 generations and the predictive check; the last merge submits nothing
    assertEquals(4, batches);
    assertEquals(2 * batches, Files.readAllLines(log).size());
    sameResults(reference, folder);
  }

  @Test
  void theChainRunsOnARealSlurm(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(onPath("sbatch") && onPath("squeue"), "sbatch is not on the PATH:"
        + " skipping the real-Slurm test (start a single-node Slurm to run it)");
    Assumptions.assumeTrue(slurmAnswers(tmp), "sbatch is installed but Slurm does not answer"
        + " (squeue failed): skipping the real-Slurm test");
    // a name of its own: the test waits for the jobs of that name
    String name = "posterior-shards-" + ProcessHandle.current().pid();
    Path file = calibrationFile(tmp, name);
    Path reference = unsharded(file, tmp.resolve("local"));
    Path folder = writeScripts(file, tmp.resolve("slurm"));
    long start = System.nanoTime();
    String printed = run(tmp, "bash", folder.resolve("slurm").resolve(SlurmScripts.SUBMIT)
        .toString());
    assertTrue(printed.matches("(?s)array job \\d+, merge job \\d+\\s*"), printed);
    long deadline = start + TimeUnit.SECONDS.toNanos(600);
    while (true) {
      boolean queued = !run(tmp, "squeue", "-h", "-n", name + "," + name + "-merge").isBlank();
      if (!queued && Files.exists(folder.resolve("COMPLETE"))) {
        break;
      }
      if (!queued) {
        // a merge submits the next batch before it ends: none queued and no COMPLETE is a
        // broken chain (look twice, for a merge that is just submitting)
        Thread.sleep(2000);
        if (run(tmp, "squeue", "-h", "-n", name + "," + name + "-merge").isBlank()
            && !Files.exists(folder.resolve("COMPLETE"))) {
          throw new AssertionError("the chain stopped before the calibration was complete;"
              + " logs:\n" + logs(folder));
        }
      }
      assertTrue(System.nanoTime() < deadline, "not complete after 600 s:\n"
          + run(tmp, "squeue") + logs(folder));
      Thread.sleep(500);
    }
    System.out.printf("PosteriorSlurmTest: the chain ran in %.1f s%n",
        (System.nanoTime() - start) / 1e9);
    try (Stream<Path> s = Files.list(folder.resolve("slurm").resolve("logs"))) {
      assertEquals(4, s.filter(p -> p.getFileName().toString().startsWith("merge-")).count(),
          "one merge per batch: 3 generations and the predictive check");
    }
    sameResults(reference, folder);
  }

  private static void sameResults(Path reference, Path folder) throws IOException {
    for (String name : PosteriorShardsCommandTest.SAME_BYTES) {
      assertArrayEquals(Files.readAllBytes(reference.resolve(name)),
          Files.readAllBytes(folder.resolve(name)), name);
    }
  }

  private static String logs(Path folder) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> s = Files.list(folder.resolve("slurm").resolve("logs"))) {
      for (Path p : s.sorted().toList()) {
        text.append("== ").append(p.getFileName()).append('\n').append(Files.readString(p));
      }
    }
    return text.toString();
  }

  /** As {@link SlurmProcesses#bash}, and no step of the chain may print an error. */
  private static int bash(Path script, Map<String, String> env, Path tmp) throws Exception {
    int exit = SlurmProcesses.bash(script, env, tmp);
    assertFalse(Files.readString(tmp.resolve("bash.log")).contains("error:"),
        Files.readString(tmp.resolve("bash.log")));
    return exit;
  }
}
