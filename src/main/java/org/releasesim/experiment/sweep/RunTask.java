package org.releasesim.experiment.sweep;

import java.util.List;
import org.releasesim.experiment.RunDriver;
import org.releasesim.experiment.RunProgress;
import org.releasesim.experiment.RunResult;
import org.releasesim.model.param.ScenarioParams;

/**
 * Carries out one run of a plan: builds its scenario, runs a fresh model to the horizon, and
 * keeps the outcomes (and the few time series asked for). Holds nothing mutable, so one task
 * serves every thread.
 */
public final class RunTask {
  private final SweepPlan plan;
  private final RunScenarios scenarios;
  private final SeriesOutcomes series;

  public RunTask(SweepPlan plan) {
    this.plan = plan;
    this.scenarios = new RunScenarios(plan.base(), plan.baseOverrides(), plan.factors());
    this.series = new SeriesOutcomes(plan.timeSeries());
  }

  /** Runs {@code run} and returns what the sweep keeps of it. */
  public RunRecord execute(RunSpec run) {
    ScenarioParams params = scenarios.params(plan.points().get(run.point()), run.seed());
    boolean keepSeries = !series.outcomes().isEmpty();
    RunResult result = RunDriver.run(params, keepSeries, RunProgress.NONE);
    return new RunRecord(run, plan.outcomes().extract(result.summary()),
        keepSeries ? series.reduce(result.series()) : List.of());
  }
}
