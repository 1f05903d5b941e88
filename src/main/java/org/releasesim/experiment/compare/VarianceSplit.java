package org.releasesim.experiment.compare;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The variance of an outcome (here a policy's effect) over posterior draws and replicates, split
 * by the law of total variance, Var(Y) = E[Var(Y | theta)] + Var(E[Y | theta]), into run-to-run
 * noise and the parameters' share. E[Var] is estimated by the mean within-draw variance W (each
 * with divisor R - 1, so unbiased). The variance B of the draw means over-states Var(E), since
 * each mean still carries noise of variance W / R: the unbiased estimate is B - W / R, which
 * sampling can push below 0; it is then set to 0 and {@link #clamped()} says so.
 *
 * <p>The estimate is unbiased only when the noise of different draws is independent, which is
 * why a posterior comparison gives each draw seeds of its own.
 *
 * @param draws D
 * @param replicates R
 * @param within W, the mean within-draw variance: run-to-run noise
 * @param drawMeans B, the variance of the draw means (divisor D - 1)
 * @param parameters max(0, B - W / R): the variance due to the parameters
 * @param clamped whether B - W / R was below 0 and set to 0
 */
public record VarianceSplit(int draws, int replicates, double within, double drawMeans,
    double parameters, boolean clamped) {

  /**
   * Splits values by draw and replicate.
   *
   * @param values {@code [draw][replicate]}, at least 2 x 2, the same replicates per draw
   */
  public static VarianceSplit of(double[][] values) {
    int d = values.length;
    int r = values[0].length;
    if (d < 2 || r < 2) {
      throw new IllegalArgumentException("needs at least 2 draws of 2 replicates");
    }
    double[] means = new double[d];
    double withinSum = 0;
    for (int i = 0; i < d; i++) {
      if (values[i].length != r) {
        throw new IllegalArgumentException("every draw needs " + r + " replicates");
      }
      means[i] = new Mean().evaluate(values[i]);
      withinSum += new Variance(true).evaluate(values[i]);
    }
    double within = withinSum / d;
    double between = new Variance(true).evaluate(means);
    double corrected = between - within / r;
    return new VarianceSplit(d, r, within, between, Math.max(0, corrected), corrected < 0);
  }

  /** The estimated total variance of one run's value: noise plus parameters. */
  public double total() {
    return within + parameters;
  }

  /** The parameters' share of the total variance (NaN when there is no variance at all). */
  public double parameterShare() {
    return total() > 0 ? parameters / total() : Double.NaN;
  }

  /** Run-to-run noise's share of the total variance (NaN when there is no variance at all). */
  public double noiseShare() {
    return total() > 0 ? within / total() : Double.NaN;
  }

  /**
   * The share of the draw means' variance that is noise, W / R / B: how much the spread of the
   * draw-level effects (and so the credible interval) still owes to too few replicates.
   */
  public double noiseInDrawMeans() {
    return drawMeans > 0 ? Math.min(1, within / replicates / drawMeans) : Double.NaN;
  }
}
