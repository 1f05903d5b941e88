package org.releasesim.experiment.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.RunTable;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * Policy contrasts over a posterior: for each policy against the reference and each primary
 * outcome, the paired effects by draw and replicate, summarised as the mean effect with a 95%
 * credible interval (the 2.5% and 97.5% quantiles of the draw-level mean effects, interpolated
 * between order statistics as R's default type 7 does), the split of their variance into
 * parameters and run-to-run noise ({@link VarianceSplit}), the probability that the effect
 * exceeds a threshold (the share of draws whose mean effect does), and the parameters ranked by
 * the absolute Spearman rank correlation of their value with the draw-level effect.
 *
 * <p>The draw-level means still carry run-to-run noise (variance W / R each), so the interval
 * and the probability are those of the posterior blurred by that noise; {@link
 * VarianceSplit#noiseInDrawMeans()} says by how much.
 */
public final class PosteriorContrast {
  /** Parameters shown against the effect, most influential first. */
  public static final int TOP = 3;

  private PosteriorContrast() {}

  /** The effects of a finished posterior comparison, from its runs. */
  public static List<PosteriorEffect> of(CompareSweep sweep, SweepPlan plan, RunTable table,
      Map<String, Threshold> thresholds) {
    PosteriorDraws draws = sweep.draws();
    List<String> policies = sweep.policies();
    int d = draws.count();
    int r = plan.replications();
    List<PosteriorEffect> result = new ArrayList<>();
    for (int k = 1; k < policies.size(); k++) {
      for (int o : plan.outcomes().primary()) {
        OutcomeSpec outcome = plan.outcomes().columns().get(o);
        double[][] reference = new double[d][];
        double[][] alternative = new double[d][];
        for (int i = 0; i < d; i++) {
          reference[i] = table.values(sweep.point(i, 0), o);
          alternative[i] = table.values(sweep.point(i, k), o);
        }
        result.add(effect(policies.get(k), policies.get(0), outcome.column(), outcome.unit(),
            reference, alternative, thresholds.get(outcome.column()), draws));
      }
    }
    return result;
  }

  /**
   * The effect of one policy on one outcome.
   *
   * @param reference the reference policy's values, {@code [draw][replicate]}
   * @param alternative the policy's values on the same seeds, {@code [draw][replicate]}
   * @param threshold the threshold, or null
   * @param draws the draws, for particles and parameter values
   */
  public static PosteriorEffect effect(String policy, String referencePolicy, String outcome,
      String unit, double[][] reference, double[][] alternative, Threshold threshold,
      PosteriorDraws draws) {
    int d = reference.length;
    double[][] effects = new double[d][];
    double[] means = new double[d];
    List<PosteriorEffect.DrawEffect> perDraw = new ArrayList<>();
    int exceeding = 0;
    for (int i = 0; i < d; i++) {
      effects[i] = new double[reference[i].length];
      for (int j = 0; j < effects[i].length; j++) {
        effects[i][j] = alternative[i][j] - reference[i][j];
      }
      means[i] = new Mean().evaluate(effects[i]);
      double referenceMean = new Mean().evaluate(reference[i]);
      perDraw.add(new PosteriorEffect.DrawEffect(i, draws.particle(i).index(), referenceMean,
          means[i], new Variance(true).evaluate(effects[i])));
      if (threshold != null && threshold.exceededBy(means[i], referenceMean)) {
        exceeding++;
      }
    }
    double[] interval = credibleInterval(means);
    return new PosteriorEffect(policy, referencePolicy, outcome, unit, new Mean().evaluate(means),
        interval[0], interval[1], VarianceSplit.of(effects), threshold,
        threshold == null ? Double.NaN : (double) exceeding / d, perDraw,
        influence(draws, means));
  }

  /** The 2.5% and 97.5% quantiles of the draw-level means (R type 7). */
  public static double[] credibleInterval(double[] drawMeans) {
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    p.setData(drawMeans);
    return new double[] {p.evaluate(2.5), p.evaluate(97.5)};
  }

  /** The share of values above a threshold. */
  public static double shareAbove(double[] values, double threshold) {
    return (double) java.util.Arrays.stream(values).filter(v -> v > threshold).count()
        / values.length;
  }

  /**
   * Every posterior parameter with its Spearman correlation with the draw-level effect, by
   * decreasing |rho|; ties, and parameters with one value over the draws (NaN), keep file order
   * and come last respectively.
   */
  static List<PosteriorEffect.Influence> influence(PosteriorDraws draws, double[] means) {
    List<String> keys = draws.posterior().keys();
    List<PosteriorEffect.Influence> result = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      double[] x = new double[draws.count()];
      for (int i = 0; i < x.length; i++) {
        x[i] = draws.particle(i).values().get(k);
      }
      double rho = constant(x) || constant(means) ? Double.NaN
          : new SpearmansCorrelation().correlation(x, means);
      result.add(new PosteriorEffect.Influence(keys.get(k), rho));
    }
    result.sort(Comparator.comparingDouble(
        (PosteriorEffect.Influence i) -> Double.isNaN(i.spearman()) ? -1 : Math.abs(i.spearman()))
        .reversed());
    return result;
  }

  private static boolean constant(double[] x) {
    return java.util.Arrays.stream(x).distinct().count() < 2;
  }
}
