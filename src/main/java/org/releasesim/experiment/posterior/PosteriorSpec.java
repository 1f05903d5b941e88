package org.releasesim.experiment.posterior;

import java.nio.file.Path;
import java.util.List;
import org.releasesim.experiment.calibration.CalibrationDesign;
import org.releasesim.model.param.ScenarioParams;

/**
 * A calibration file, read and checked: what to fit, to which targets, in which county, and how
 * hard to work.
 *
 * @param file where it was read from
 * @param text its text, copied into the results folder so the calibration can be repeated or
 *     resumed from the folder alone
 * @param name names the results folder
 * @param description what the calibration is for
 * @param population residents of the calibration county
 * @param warmupYears years dropped before the cohort window
 * @param cohortYears length of the cohort window
 * @param followUpYears years recorded after the window
 * @param fixed {@code --set} overrides applied to the defaults before the fitted values
 * @param parameters the fitted parameters, in file order
 * @param targets the targets, in file order
 * @param settings the sampler's settings
 * @param predictiveDraws posterior draws re-simulated for the predictive check (0: none)
 */
public record PosteriorSpec(Path file, String text, String name, String description,
    int population, double warmupYears, double cohortYears, double followUpYears,
    List<String> fixed, List<FittedParameter> parameters, List<ObservedTarget> targets,
    AbcSettings settings, int predictiveDraws) {
  public PosteriorSpec {
    fixed = List.copyOf(fixed);
    parameters = List.copyOf(parameters);
    targets = List.copyOf(targets);
  }

  /** The calibration county with the given parameters; the seed comes with each run. */
  public CalibrationDesign design(ScenarioParams base) {
    return new CalibrationDesign(base, population, warmupYears, cohortYears, followUpYears, 2, 0,
        false);
  }

  /** The fitted parameters' keys, in order. */
  /** The sampler this file configures (a fresh one: an engine serves one calibration). */
  public AbcSmc sampler() {
    return new AbcSmc(parameters(), targets(), settings());
  }

  public List<String> keys() {
    return parameters.stream().map(FittedParameter::key).toList();
  }

  /** The overrides of one parameter vector: the fixed ones, then each fitted key's value. */
  public List<String> overrides(double[] theta) {
    List<String> all = new java.util.ArrayList<>(fixed);
    for (int k = 0; k < parameters.size(); k++) {
      all.add(parameters.get(k).key() + "=" + theta[k]);
    }
    return all;
  }
}
