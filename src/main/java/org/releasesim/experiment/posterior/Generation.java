package org.releasesim.experiment.posterior;

import java.util.List;

/**
 * The kept particles after one generation, and how the generation went.
 *
 * @param index the generation, from 0 (the prior sample)
 * @param tolerance the largest distance kept (the N-th smallest so far)
 * @param proposals candidates simulated in this generation
 * @param draws kernel draws made to find them (more than the proposals when some fell outside
 *     the prior's support and were drawn again)
 * @param entered candidates of this generation among the kept particles
 * @param unmeasured candidates of this generation whose run gave no value for some target (a
 *     combination the scenario rules refuse, or a county too small to measure a target): they
 *     are infinitely far from the data and never kept, so many of them mean the posterior is
 *     conditioned on the runs that could be measured
 * @param particles the kept particles, nearest first
 */
public record Generation(int index, double tolerance, int proposals, long draws, int entered,
    int unmeasured, List<Particle> particles) {
  public Generation {
    particles = List.copyOf(particles);
  }

  /** Share of this generation's candidates that entered the kept particles. */
  public double acceptanceRate() {
    return entered / (double) proposals;
  }

  /** The weights normalised to sum to 1, in particle order. */
  public double[] normalisedWeights() {
    double total = 0;
    for (Particle p : particles) {
      total += p.weight();
    }
    double[] w = new double[particles.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = particles.get(i).weight() / total;
    }
    return w;
  }

  /** Effective sample size of the weights, 1 / sum of squared normalised weights. */
  public double ess() {
    double sum = 0;
    for (double w : normalisedWeights()) {
      sum += w * w;
    }
    return 1 / sum;
  }

  /** The values of parameter {@code k}, in particle order. */
  public double[] values(int k) {
    return particles.stream().mapToDouble(p -> p.value(k)).toArray();
  }
}
