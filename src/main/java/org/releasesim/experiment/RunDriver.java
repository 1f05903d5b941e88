package org.releasesim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.Invariants;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SeriesSink;
import org.releasesim.model.metrics.Summaries;
import org.releasesim.model.param.ScenarioParams;

/** Runs one simulation headless to its horizon, reporting progress as it goes. */
public final class RunDriver {
  private static final long STEPS_PER_REPORT = 20_000;

  private RunDriver() {}

  /**
   * Runs a scenario to its horizon.
   *
   * @param keepSeries whether to keep the time series in memory (sweeps need only the summary)
   */
  public static RunResult run(ScenarioParams params, boolean keepSeries, RunProgress progress) {
    List<SeriesPoint> series = new ArrayList<>();
    SeriesSink sink = keepSeries ? series::add : null;
    RunResult r = run(params, sink, progress);
    return new RunResult(series, r.summary(), r.events(), r.wallSeconds(), r.invariantChecks());
  }

  /**
   * Runs a scenario to its horizon, sending the time series to {@code sink} as it is produced
   * (a CSV writer, say); the result then holds the summary only.
   */
  public static RunResult run(ScenarioParams params, SeriesSink sink, RunProgress progress) {
    return run(params, sink, progress, RunHooks.NONE);
  }

  /** As {@link #run(ScenarioParams, SeriesSink, RunProgress)}, with checkpoints and checks. */
  public static RunResult run(ScenarioParams params, SeriesSink sink, RunProgress progress,
      RunHooks hooks) {
    ReleaseSim sim = new ReleaseSim(params, sink);
    sim.start();
    return finish(sim, progress, hooks);
  }

  /**
   * Runs a started (or checkpoint-restored) model from where it stands to its horizon, and
   * summarises it.
   */
  public static RunResult finish(ReleaseSim sim, RunProgress progress, RunHooks hooks) {
    long start = System.nanoTime();
    ScenarioParams params = sim.params();
    double end = params.time().endDay();
    double nextCheckpoint = nextCheckpoint(sim.schedule.getTime(), hooks);
    long intervals = sim.intervalsClosed();
    long checks = 0;
    long steps = 0;
    while (sim.advance()) {
      if (++steps % STEPS_PER_REPORT == 0) {
        progress.reached(sim.schedule.getTime(), end, params.time().warmupDays());
      }
      if (hooks.checkInvariants() && sim.intervalsClosed() != intervals) {
        intervals = sim.intervalsClosed();
        check(sim);
        checks++;
      }
      if (sim.schedule.getTime() >= nextCheckpoint && sim.schedule.getTime() < end) {
        writeCheckpoint(sim, hooks);
        nextCheckpoint = nextCheckpoint(sim.schedule.getTime(), hooks);
      }
    }
    progress.reached(end, end, params.time().warmupDays());
    sim.finish();
    double wall = (System.nanoTime() - start) / 1e9;
    return new RunResult(List.of(),
        new Summaries(sim.metrics(), params.time().recordedDays()).rows(),
        sim.personEvents(), wall, checks);
  }

  /**
   * The first multiple of the spacing after {@code now}. Before the first event MASON's clock
   * reads -1, and day 0 would come next: a checkpoint of a run that has barely begun.
   */
  private static double nextCheckpoint(double now, RunHooks hooks) {
    double every = hooks.checkpointEveryDays();
    return every > 0 ? (Math.floor(Math.max(0, now) / every) + 1) * every
        : Double.POSITIVE_INFINITY;
  }

  private static void check(ReleaseSim sim) {
    List<String> problems = Invariants.check(sim);
    if (!problems.isEmpty()) {
      throw new InvariantViolation(sim.schedule.getTime(), problems);
    }
  }

  private static void writeCheckpoint(ReleaseSim sim, RunHooks hooks) {
    try {
      hooks.checkpoint().write(sim);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write a checkpoint", e);
    }
  }
}
