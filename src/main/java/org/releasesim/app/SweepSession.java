package org.releasesim.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.RunTask;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepExecutor;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.ChartFile;
import org.releasesim.output.Provenance;
import org.releasesim.output.sweep.ContrastsCsv;
import org.releasesim.output.sweep.SweepFolder;
import org.releasesim.output.sweep.SweepManifest;
import org.releasesim.output.sweep.SweepOutputs;
import org.releasesim.output.sweep.SweepRecorder;

/**
 * Carries out a sweep (or one shard of it) in its folder: runs what is left on a thread pool while
 * streaming rows to runs.csv, then writes the final files (for a shard, only its manifest and
 * completion marker; {@code merge} does the rest).
 *
 * @param plan the plan
 * @param folder the folder (of the sweep, or of the shard), already prepared
 * @param shard the shard, or {@link Shard#WHOLE}
 * @param sweepFile the sweep file's path, for the manifest
 * @param sweepText the sweep file's text, for the manifest
 * @param who provenance for the manifest
 */
public record SweepSession(SweepPlan plan, SweepFolder folder, Shard shard, String sweepFile,
    String sweepText, Provenance who) {

  /**
   * What the runs of a session took.
   *
   * @param runsDone runs carried out
   * @param seconds wall time of the runs
   * @param steadyRate runs per second over the second half of the runs, once the JIT compiler
   *     has done most of its work (NaN with fewer than 8 runs)
   */
  public record Timing(int runsDone, double seconds, double steadyRate) {
    public String throughput(int threads) {
      String steady = Double.isNaN(steadyRate) ? "" : String.format(Locale.ROOT,
          " (%.2f runs/s over the second half, after JIT warm-up)", steadyRate);
      return String.format(Locale.ROOT, "%d runs in %.1f s: %.2f runs/s on %d thread%s%s",
          runsDone, seconds, seconds > 0 ? runsDone / seconds : 0, threads,
          threads == 1 ? "" : "s", steady);
    }

    Timing plus(Timing other) {
      return new Timing(runsDone + other.runsDone, seconds + other.seconds, other.steadyRate);
    }
  }

  /**
   * Runs this process's runs that runs.csv does not hold yet.
   *
   * @param fresh whether the folder was started now (else the runs in runs.csv are kept)
   * @param progress where the progress bar goes, or null for none
   */
  public Timing execute(boolean fresh, PrintStream progress) throws IOException {
    long start = System.nanoTime();
    List<RunSpec> mine = shard.runs(plan);
    try (SweepRecorder recorder = SweepRecorder.open(folder.dir(), plan, mine, !fresh)) {
      List<RunSpec> todo = recorder.remaining();
      long[] finishedAt = new long[todo.size()];
      AtomicInteger finished = new AtomicInteger();
      try (SweepProgress bar = new SweepProgress(plan.name(), mine.size(),
          mine.size() - todo.size(), progress)) {
        new SweepExecutor(who.threads()).execute(todo, new RunTask(plan)::execute, () -> {
          finishedAt[finished.getAndIncrement()] = System.nanoTime();
          bar.step();
        }, recorder);
      }
      return new Timing(todo.size(), (System.nanoTime() - start) / 1e9, steady(finishedAt));
    }
  }

  /** Runs per second between the middle and the last completion. */
  private static double steady(long[] finishedAt) {
    int n = finishedAt.length;
    if (n < 8) {
      return Double.NaN;
    }
    long[] sorted = finishedAt.clone();
    java.util.Arrays.sort(sorted);
    return (n - 1 - n / 2) / ((sorted[n - 1] - sorted[n / 2]) / 1e9);
  }

  /**
   * Writes the final files: everything for a whole sweep, the manifest and marker for a shard.
   *
   * @param notes sentences for the report
   * @param comparison whether the contrasts file is compare.csv (else contrasts.csv)
   * @return the analysis, or null for a shard
   */
  public SweepAnalysis finish(Timing timing, List<String> notes, boolean comparison)
      throws IOException {
    return finish(timing, notes, comparison, List.of(), List.of());
  }

  /**
   * As {@link #finish(Timing, List, boolean)}, with charts and files a further analysis has
   * written to the folder already, for the report.
   */
  SweepAnalysis finish(Timing timing, List<String> notes, boolean comparison,
      List<ChartFile> extraCharts, List<String> extraFiles) throws IOException {
    SweepManifest manifest = SweepManifest.of(plan, who, sweepFile, sweepText,
        shard.isWhole() ? null : shard.index() + "/" + shard.count(), timing.seconds(),
        timing.runsDone());
    if (!shard.isWhole()) {
      SweepOutputs.finishShard(folder, manifest);
      return null;
    }
    return SweepOutputs.finish(folder, plan, notes, manifest,
        comparison ? ContrastsCsv.COMPARE : ContrastsCsv.FILE, extraCharts, extraFiles);
  }
}
