package org.releasesim.experiment.stats;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The difference of an outcome between an alternative and a reference, paired on replicates
 * that share a seed (common random numbers): per replicate {@code d = alternative - reference},
 * and a t interval for the mean of d.
 *
 * <p>Pairing pays when the two runs of a replicate are positively correlated, as they are when
 * the model keys each person's random stream by (seed, person id): then {@code var(d)} is far
 * smaller than {@code var(reference) + var(alternative)}, which is what the difference of two
 * independent means would have. {@link #varianceRatio()} is that ratio: how many times more
 * replicates independent seeds would need for the same interval.
 *
 * @param reference the reference's estimate over the pairs used
 * @param alternative the alternative's estimate over the pairs used
 * @param difference the estimate of the mean paired difference
 * @param varianceRatio {@code (var(reference) + var(alternative)) / var(d)}; infinite when the
 *     paired differences do not vary, NaN with fewer than two pairs
 */
public record PairedDifference(Estimate reference, Estimate alternative, Estimate difference,
    double varianceRatio) {

  /**
   * The paired difference over replicates where both values are numbers.
   *
   * @param reference the reference's value per replicate
   * @param alternative the alternative's value per replicate, same order
   */
  public static PairedDifference of(double[] reference, double[] alternative) {
    if (reference.length != alternative.length) {
      throw new IllegalArgumentException("paired samples differ in length: " + reference.length
          + " and " + alternative.length);
    }
    SummaryStatistics ref = new SummaryStatistics();
    SummaryStatistics alt = new SummaryStatistics();
    SummaryStatistics diff = new SummaryStatistics();
    for (int i = 0; i < reference.length; i++) {
      if (!Double.isNaN(reference[i]) && !Double.isNaN(alternative[i])) {
        ref.addValue(reference[i]);
        alt.addValue(alternative[i]);
        diff.addValue(alternative[i] - reference[i]);
      }
    }
    double ratio = diff.getN() < 2 ? Double.NaN
        : (ref.getVariance() + alt.getVariance()) / diff.getVariance();
    return new PairedDifference(Estimate.of(ref), Estimate.of(alt), Estimate.of(diff), ratio);
  }

  /** The mean difference relative to the reference mean (0.05 = 5% higher), NaN if it is 0. */
  public double relative() {
    return reference.mean() == 0 ? Double.NaN : difference.mean() / reference.mean();
  }
}
