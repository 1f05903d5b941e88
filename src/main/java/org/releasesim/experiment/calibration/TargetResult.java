package org.releasesim.experiment.calibration;

import org.releasesim.experiment.stats.Estimate;

/**
 * How the model did on one target.
 *
 * @param target the target
 * @param estimate mean over replications with its 95% t interval
 * @param passed whether the target passes by the design's rule
 */
public record TargetResult(Target target, Estimate estimate, boolean passed) {
  /** Whether the target can fail at all (diagnostics cannot). */
  public boolean checked() {
    return target.check() != Target.Check.DIAGNOSTIC;
  }
}
