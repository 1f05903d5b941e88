package org.releasesim.experiment.posterior;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.calibration.Calibration;
import org.releasesim.experiment.calibration.Measurements;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.SweepExecutor;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;

/**
 * Simulates a batch of candidates in the calibration county, one run each, as a sweep of
 * design points with one replicate: the sweep executor runs them on the requested threads and
 * hands the results back in batch order, so the calibration does not depend on the thread
 * count. Each candidate's scenario is the defaults with the file's fixed overrides and the
 * candidate's values applied exactly as {@code --set} would; a combination the scenario rules
 * refuse (say, values that contradict each other) is measured as NaN, which the sampler treats
 * as infinitely far from the targets.
 */
public final class CountySimulator implements Simulator {

  private final PosteriorSpec spec;
  private final int threads;
  private final Runnable finishedOne;

  /**
   * @param threads runs at once
   * @param finishedOne told (from a worker thread) as each run finishes, for progress
   */
  public CountySimulator(PosteriorSpec spec, int threads, Runnable finishedOne) {
    this.spec = spec;
    this.threads = threads;
    this.finishedOne = finishedOne;
  }

  @Override
  public List<double[]> simulate(List<Candidate> batch) {
    List<RunSpec> runs = new ArrayList<>();
    // by place in the list, not candidate index: a shard simulates a slice of a batch
    for (int i = 0; i < batch.size(); i++) {
      runs.add(new RunSpec(i, i, 0, batch.get(i).seed()));
    }
    List<double[]> results = new ArrayList<>();
    try {
      new SweepExecutor(threads).execute(runs, run -> measure(batch.get(run.index()), run),
          finishedOne, record -> results.add(record.values()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return results;
  }

  /** The targets of one candidate, in the calibration's order. */
  private RunRecord measure(Candidate c, RunSpec run) {
    ScenarioParams params;
    try {
      params = scenario(spec, c.theta());
    } catch (ScenarioException e) {
      return new RunRecord(run, nan(), List.of());
    }
    Measurements m = Calibration.measureOnce(spec.design(params), c.seed());
    List<Double> values = new ArrayList<>();
    for (ObservedTarget t : spec.targets()) {
      values.add(m.value(t.id()));
    }
    return new RunRecord(run, values, List.of());
  }

  /**
   * The county's scenario at {@code theta}: the defaults with the file's fixed overrides and the
   * values applied exactly as {@code --set} would.
   *
   * @throws ScenarioException with the scenario reader's reason when the values are refused
   */
  static ScenarioParams scenario(PosteriorSpec spec, double[] theta) {
    return new ScenarioReader().readText(DefaultsText.text(), spec.file().toString(),
        spec.overrides(theta)).params();
  }

  private List<Double> nan() {
    return spec.targets().stream().map(t -> Double.NaN).toList();
  }
}
