package org.releasesim.experiment.compare;

import java.util.List;

/**
 * A policy's effect on one outcome under the posterior: its distribution over the draws, how
 * much of its variance the parameters explain, and the probability that it exceeds a threshold.
 *
 * @param policy the policy
 * @param reference the reference policy the effect is measured against
 * @param outcome the outcome column
 * @param unit the outcome's unit
 * @param mean the mean effect over draws (and replicates)
 * @param low the 2.5% quantile of the draw-level mean effects
 * @param high the 97.5% quantile of the draw-level mean effects
 * @param split the variance split into parameters and noise
 * @param threshold the threshold asked for, or null
 * @param probability the share of draws whose mean effect exceeds the threshold (NaN without
 *     one)
 * @param draws every draw's mean effect and within-draw variance, in draw order
 * @param influence the posterior parameters, most influential first
 */
public record PosteriorEffect(String policy, String reference, String outcome, String unit,
    double mean, double low, double high, VarianceSplit split, Threshold threshold,
    double probability, List<DrawEffect> draws, List<Influence> influence) {
  public PosteriorEffect {
    draws = List.copyOf(draws);
    influence = List.copyOf(influence);
  }

  /**
   * One draw's effect.
   *
   * @param draw the draw's index
   * @param particle the posterior particle drawn
   * @param referenceMean the reference policy's mean over the draw's replicates
   * @param meanEffect the mean paired effect over the draw's replicates
   * @param withinVariance the variance of the paired effect over the draw's replicates
   */
  public record DrawEffect(int draw, int particle, double referenceMean, double meanEffect,
      double withinVariance) {}

  /**
   * How strongly a parameter goes with the effect over the draws.
   *
   * @param key the parameter's scenario key
   * @param spearman Spearman's rank correlation of its value with the draw-level mean effect
   *     (NaN when the draws hold one value of it)
   */
  public record Influence(String key, double spearman) {}

  /**
   * The probability as a sentence a paper could print, or null without a threshold: "Under the
   * posterior, the probability that NO_COOPERATION raises crimes by more than 1% relative to
   * HONOR_DETAINERS is 0.35 (40 draws × 10 replicates)."
   */
  public String sentence() {
    if (threshold == null) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "Under the posterior, the probability that %s"
        + " is %.2f (%d draws \u00d7 %d replicates).", threshold.phrase(policy, reference, unit),
        probability, split.draws(), split.replicates());
  }
}
