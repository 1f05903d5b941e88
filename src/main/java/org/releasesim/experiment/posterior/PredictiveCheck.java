package org.releasesim.experiment.posterior;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The posterior predictive check: K parameter vectors drawn from the posterior by weight are
 * simulated again with fresh seeds. For each target the simulated values give a 90% interval of
 * what the model produces (parameter uncertainty and the county's chance variation); adding a
 * draw of the published figure's own error (normal, with its standard error) gives the 90%
 * interval of a published figure the model predicts. A published value outside that interval
 * is one the calibrated model does not reproduce.
 *
 * @param id the target
 * @param published its published value
 * @param se its standard error
 * @param draws the values simulated, one per posterior draw (NaN where a run could not measure)
 * @param simMean mean of the simulated values
 * @param simLow 5% quantile of the simulated values
 * @param simHigh 95% quantile of the simulated values
 * @param predLow 5% quantile with the published figure's error added
 * @param predHigh 95% quantile with the published figure's error added
 */
public record PredictiveCheck(String id, double published, double se, double[] draws,
    double simMean, double simLow, double simHigh, double predLow, double predHigh) {
  public PredictiveCheck {
    draws = draws.clone();
  }

  @Override
  public double[] draws() {
    return draws.clone();
  }

  /** Whether the published value lies inside the predictive interval. */
  public boolean covered() {
    return published >= predLow && published <= predHigh;
  }

  /** Re-simulates {@code k} posterior draws of {@code g} and checks every target. */
  public static List<PredictiveCheck> run(AbcSmc engine, Generation g, Simulator simulator,
      int k) {
    return of(engine, simulator.simulate(engine.posteriorDraws(g, k)));
  }

  /**
   * Checks every target on the simulated targets of {@link AbcSmc#posteriorDraws}, in draw
   * order, however they were simulated (at once or in shards).
   */
  public static List<PredictiveCheck> of(AbcSmc engine, List<double[]> sims) {
    int k = sims.size();
    RandomGenerator noise = engine.stream("abc-smc predictive observation error");
    List<PredictiveCheck> result = new ArrayList<>();
    for (int t = 0; t < engine.targets().size(); t++) {
      ObservedTarget target = engine.targets().get(t);
      double[] values = new double[k];
      double[] predicted = new double[k];
      for (int i = 0; i < k; i++) {
        values[i] = sims.get(i)[t];
        predicted[i] = values[i] + target.se() * noise.nextGaussian();
      }
      double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
      double[] finitePredicted = Arrays.stream(predicted).filter(Double::isFinite).toArray();
      result.add(new PredictiveCheck(target.id(), target.published(), target.se(), values,
          Arrays.stream(finite).average().orElse(Double.NaN), quantile(finite, 5),
          quantile(finite, 95), quantile(finitePredicted, 5), quantile(finitePredicted, 95)));
    }
    return result;
  }

  /** The R-7 quantile (linear interpolation, the default of R and NumPy); NaN for none. */
  private static double quantile(double[] x, double p) {
    if (x.length == 0) {
      return Double.NaN;
    }
    return new Percentile().withEstimationType(EstimationType.R_7).evaluate(x, p);
  }
}
