package org.releasesim.experiment.calibration;

import java.util.List;
import org.releasesim.experiment.SteadyState;
import org.releasesim.experiment.stats.Estimate;

/**
 * Everything a calibration produced: the design, each replication's seed, a result per target,
 * the simulated re-arrest curve (mean and 95% interval at each month since release), and
 * whether the county reached a steady state.
 *
 * @param design the design that was run
 * @param seeds the seed of each replication, in order
 * @param results one result per target, in report order
 * @param curve the cumulative re-arrest curve at {@link Measurements#curveDays()}
 * @param steadyState the checks of the key series averaged over replications
 */
public record CalibrationResult(CalibrationDesign design, List<Long> seeds,
    List<TargetResult> results, List<Estimate> curve, SteadyState steadyState) {
  public CalibrationResult {
    seeds = List.copyOf(seeds);
    results = List.copyOf(results);
    curve = List.copyOf(curve);
  }

  /** Whether every checked target passed. */
  public boolean allPassed() {
    return results.stream().allMatch(TargetResult::passed);
  }

  /** The checked targets that failed. */
  public List<TargetResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** The result of one target. */
  public TargetResult result(String id) {
    return results.stream().filter(r -> r.target().id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no target " + id));
  }
}
