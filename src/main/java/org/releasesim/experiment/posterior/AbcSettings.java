package org.releasesim.experiment.posterior;

/**
 * How hard the ABC-SMC sampler works.
 *
 * @param particles N, the particles kept in every generation (the posterior sample)
 * @param batch M, the candidates simulated in every generation (each one run)
 * @param generations the most generations, the prior sample (generation 0) included
 * @param finalTolerance stop once the tolerance is at or below this distance (0: never)
 * @param minAcceptance stop once fewer than this share of a generation's candidates enter the
 *     kept particles: the tolerance is hardly falling any more
 * @param seed the master seed every random number derives from
 */
public record AbcSettings(int particles, int batch, int generations, double finalTolerance,
    double minAcceptance, long seed) {
  public AbcSettings {
    if (particles < 4) {
      throw new IllegalArgumentException("particles must be at least 4, not " + particles);
    }
    if (batch < particles) {
      throw new IllegalArgumentException("the batch must hold at least the " + particles
          + " particles, not " + batch);
    }
    if (generations < 1) {
      throw new IllegalArgumentException("generations must be at least 1, not " + generations);
    }
    if (!(finalTolerance >= 0) || !(minAcceptance >= 0 && minAcceptance < 1)) {
      throw new IllegalArgumentException("finalTolerance must be at least 0 and minAcceptance"
          + " from 0 to below 1");
    }
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be at least 0, not " + seed);
    }
  }

  /** Runs at most: a batch per generation. */
  public long maxRuns() {
    return (long) batch * generations;
  }
}
