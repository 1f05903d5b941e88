package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.releasesim.experiment.SlurmProcesses.bash;
import static org.releasesim.experiment.SlurmProcesses.onPath;
import static org.releasesim.experiment.SlurmProcesses.run;
import static org.releasesim.experiment.SlurmProcesses.slurmAnswers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.slurm.SlurmScripts;

/**
 * The Slurm scripts: their content, a run of them by bash with Slurm's variables set by hand
 * (everywhere), and a run on a real Slurm (where sbatch is on the PATH; CI starts a single-node
 * one with ../shared/slurm/start-slurm.sh). Either way the merged sweep must match a local run.
 */
class SlurmTest {
  private static final int SHARDS = 3;

  /** This test JVM's java and class path, so jobs run the code under test. */
  private static String launcher() {
    return SlurmScripts.quote(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString()) + " -Djava.awt.headless=true -cp "
        + SlurmScripts.quote(System.getProperty("java.class.path")) + " "
        + ExperimentCli.class.getName();
  }

  /**
   * Writes the scripts; the resource options only where no real Slurm will check them.
   *
   * @return the sweep folder the scripts were written for (they are in its slurm/)
   */
  private static Path writeScripts(Path sweep, Path out, boolean resources) {
    List<String> args = new ArrayList<>(List.of("slurm", sweep.toString(), "--shards",
        String.valueOf(SHARDS), "--out", out.toString(), "--launcher", launcher()));
    if (resources) {
      args.addAll(List.of("--partition", "debug", "--time", "00:10:00", "--mem", "1G"));
    }
    SweepFixtures.Result r = SweepFixtures.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("submit with"), r.out());
    String results = "Results (after the merge job) in ";
    Path dir = Path.of(r.out().lines().filter(l -> l.startsWith(results)).findFirst()
        .orElseThrow().substring(results.length()));
    assertEquals(out.toAbsolutePath().resolve("small"), dir.getParent(), "named as runs are");
    return dir;
  }

  @Test
  void scriptsRunByHandGiveTheLocalResult(@TempDir Path tmp) throws Exception {
    Path sweep = SweepFixtures.smallFactorial(tmp);
    Path local = SweepFixtures.resultsDir(SweepFixtures.run("sweep", sweep.toString(), "--out",
        tmp.resolve("local").toString(), "--quiet"));
    Path merged = writeScripts(sweep, tmp.resolve("byhand"), true);
    Path scripts = merged.resolve("slurm");
    String array = Files.readString(scripts.resolve(SlurmScripts.ARRAY));
    assertTrue(array.contains("#SBATCH --array=1-" + SHARDS + "\n"), array);
    assertTrue(array.contains("#SBATCH --partition=debug\n#SBATCH --time=00:10:00\n"), array);
    assertTrue(array.contains("--shard \"${SLURM_ARRAY_TASK_ID}/" + SHARDS + "\" --resume "
        + SlurmScripts.quote(merged.toString())), "every task writes into one folder: " + array);
    String submit = Files.readString(scripts.resolve(SlurmScripts.SUBMIT));
    assertTrue(submit.contains("--dependency=afterok:\"$array\""), submit);
    for (int task = 1; task <= SHARDS; task++) {
      assertEquals(0, bash(scripts.resolve(SlurmScripts.ARRAY), Map.of("SLURM_ARRAY_TASK_ID",
          String.valueOf(task), "SLURM_CPUS_PER_TASK", "1"), tmp));
    }
    assertEquals(0, bash(scripts.resolve(SlurmScripts.MERGE), Map.of(), tmp));
    sameResults(local, merged);
  }

  @Test
  void scriptsRunOnARealSlurm(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(onPath("sbatch") && onPath("squeue") && onPath("scontrol"),
        "sbatch is not on the PATH: skipping the real-Slurm test (CI starts a single-node"
            + " Slurm with ../shared/slurm/start-slurm.sh)");
    Assumptions.assumeTrue(slurmAnswers(tmp), "sbatch is installed but Slurm does not answer"
        + " (squeue failed): skipping the real-Slurm test; start one with"
        + " ../shared/slurm/start-slurm.sh");
    Path sweep = SweepFixtures.smallFactorial(tmp);
    Path local = SweepFixtures.resultsDir(SweepFixtures.run("sweep", sweep.toString(), "--out",
        tmp.resolve("local").toString(), "--quiet"));
    Path merged = writeScripts(sweep, tmp.resolve("slurm"), false);
    Path scripts = merged.resolve("slurm");
    String printed = run(tmp, "bash", scripts.resolve(SlurmScripts.SUBMIT).toString());
    Matcher ids = Pattern.compile("array job (\\d+), merge job (\\d+)").matcher(printed);
    assertTrue(ids.find(), printed);
    waitUntilGone(tmp, ids.group(1) + "," + ids.group(2));
    for (String id : List.of(ids.group(1), ids.group(2))) {
      String state = run(tmp, "scontrol", "show", "job", id);
      assertTrue(state.contains("JobState=COMPLETED") && !state.matches(
          "(?s).*JobState=(?!COMPLETED).*"), "job " + id + ":\n" + state);
    }
    sameResults(local, merged);
  }

  private static void sameResults(Path local, Path merged) throws IOException {
    for (String name : List.of("runs.csv", "runs-series.csv", "points.csv", "contrasts.csv")) {
      assertEquals(Files.readString(local.resolve(name)), Files.readString(merged.resolve(name)),
          name);
    }
  }

  private static void waitUntilGone(Path tmp, String jobs) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (run(tmp, "squeue", "-h", "-j", jobs).isBlank()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Slurm jobs " + jobs + " still queued after 300 s:\n"
        + run(tmp, "squeue"));
  }
}
