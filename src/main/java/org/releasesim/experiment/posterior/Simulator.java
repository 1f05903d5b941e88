package org.releasesim.experiment.posterior;

import java.util.List;

/**
 * Simulates the calibration targets for a batch of parameter vectors. Each result must depend
 * only on its candidate's values and seed, never on the batch around it or the thread that ran
 * it: that is what makes a calibration repeatable on any number of threads.
 */
@FunctionalInterface
public interface Simulator {
  /**
   * The simulated value of every target (in the calibration's target order) for each candidate,
   * in batch order; NaN where a run could not measure a target.
   */
  List<double[]> simulate(List<Candidate> batch);
}
