package org.releasesim.experiment.posterior;

/**
 * A kept parameter vector.
 *
 * @param theta the fitted parameters' values
 * @param weight its importance weight before normalising: prior density over the density of
 *     the proposal that drew it (1 for a draw from the prior), so that particles drawn in
 *     different generations can be kept together
 * @param distance its distance to the published targets
 * @param generation the generation that drew it
 * @param seed the seed of its run
 */
public record Particle(double[] theta, double weight, double distance, int generation,
    int seed) {
  public Particle {
    theta = theta.clone();
  }

  @Override
  public double[] theta() {
    return theta.clone();
  }

  /** One coordinate, without copying. */
  public double value(int k) {
    return theta[k];
  }
}
