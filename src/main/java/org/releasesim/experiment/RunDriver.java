package org.releasesim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SeriesSink;
import org.releasesim.model.metrics.Summaries;
import org.releasesim.model.param.ScenarioParams;

/** Runs one simulation headless from start to horizon, reporting progress as it goes. */
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
    return new RunResult(series, r.summary(), r.events(), r.wallSeconds());
  }

  /**
   * Runs a scenario to its horizon, sending the time series to {@code sink} as it is produced
   * (a CSV writer, say); the result then holds the summary only.
   */
  public static RunResult run(ScenarioParams params, SeriesSink sink, RunProgress progress) {
    long start = System.nanoTime();
    ReleaseSim sim = new ReleaseSim(params, sink);
    sim.start();
    double end = params.time().endDay();
    long steps = 0;
    while (sim.advance()) {
      if (++steps % STEPS_PER_REPORT == 0) {
        progress.reached(sim.schedule.getTime(), end, params.time().warmupDays());
      }
    }
    progress.reached(end, end, params.time().warmupDays());
    sim.finish();
    double wall = (System.nanoTime() - start) / 1e9;
    return new RunResult(List.of(),
        new Summaries(sim.metrics(), params.time().recordedDays()).rows(),
        sim.personEvents(), wall);
  }
}
