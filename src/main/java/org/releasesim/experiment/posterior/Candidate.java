package org.releasesim.experiment.posterior;

/**
 * One parameter vector to simulate.
 *
 * @param index its place in the batch, from 0
 * @param theta the fitted parameters' values, in the calibration file's order
 * @param seed the run's seed, derived from the master seed and the candidate's place
 */
public record Candidate(int index, double[] theta, int seed) {
  public Candidate {
    theta = theta.clone();
  }

  @Override
  public double[] theta() {
    return theta.clone();
  }
}
