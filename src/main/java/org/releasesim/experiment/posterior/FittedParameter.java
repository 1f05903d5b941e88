package org.releasesim.experiment.posterior;

/**
 * A parameter the calibration fits: a scenario key exactly as {@code --set} takes it, and its
 * prior.
 *
 * @param key the scenario key, such as {@code population.propensityShape}
 * @param prior its prior
 */
public record FittedParameter(String key, Prior prior) {
  public FittedParameter {
    java.util.Objects.requireNonNull(key, "key");
    java.util.Objects.requireNonNull(prior, "prior");
  }
}
