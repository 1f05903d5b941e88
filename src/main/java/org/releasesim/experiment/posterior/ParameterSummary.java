package org.releasesim.experiment.posterior;

import java.util.ArrayList;
import java.util.List;

/**
 * What the targets taught about one parameter: its prior and posterior mean and standard
 * deviation, the posterior's median and 90% credible interval, and the ratio of posterior to
 * prior standard deviation. A ratio above {@link #STAYS_AT_PRIOR} means the targets hardly
 * inform the parameter: its posterior is its prior, and results that depend on it carry the
 * prior's uncertainty whole.
 *
 * @param key the scenario key
 * @param prior the prior, as written
 * @param priorMean prior mean
 * @param priorSd prior standard deviation
 * @param mean posterior mean
 * @param sd posterior standard deviation
 * @param low posterior 5% quantile
 * @param median posterior median
 * @param high posterior 95% quantile
 */
public record ParameterSummary(String key, String prior, double priorMean, double priorSd,
    double mean, double sd, double low, double median, double high) {
  /** Posterior over prior standard deviation above which a parameter stays at its prior. */
  public static final double STAYS_AT_PRIOR = 0.9;

  public double sdRatio() {
    return sd / priorSd;
  }

  public boolean informed() {
    return sdRatio() <= STAYS_AT_PRIOR;
  }

  /** One summary per fitted parameter of the final generation. */
  public static List<ParameterSummary> of(List<FittedParameter> parameters, Generation g) {
    double[] w = g.normalisedWeights();
    List<ParameterSummary> result = new ArrayList<>();
    for (int k = 0; k < parameters.size(); k++) {
      FittedParameter p = parameters.get(k);
      double[] x = g.values(k);
      result.add(new ParameterSummary(p.key(), p.prior().describe(), p.prior().mean(),
          p.prior().sd(), WeightedSample.mean(x, w), WeightedSample.sd(x, w),
          WeightedSample.quantile(x, w, 0.05), WeightedSample.quantile(x, w, 0.5),
          WeightedSample.quantile(x, w, 0.95)));
    }
    return result;
  }
}
