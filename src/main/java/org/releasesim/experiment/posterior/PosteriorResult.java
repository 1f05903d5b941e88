package org.releasesim.experiment.posterior;

import java.util.List;

/**
 * Everything a posterior calibration produced.
 *
 * @param spec the calibration file
 * @param generations every generation, the last one the posterior
 * @param stop why the sampler stopped
 * @param summaries what the targets taught about each parameter
 * @param checks the posterior predictive check, one per target (empty if no draws were asked)
 */
public record PosteriorResult(PosteriorSpec spec, List<Generation> generations, AbcSmc.Stop stop,
    List<ParameterSummary> summaries, List<PredictiveCheck> checks) {
  public PosteriorResult {
    generations = List.copyOf(generations);
    summaries = List.copyOf(summaries);
    checks = List.copyOf(checks);
  }

  /** The final generation: the posterior sample. */
  public Generation last() {
    return generations.get(generations.size() - 1);
  }

  /** Model runs made: every generation's batch and the predictive check's draws. */
  public long runs() {
    return generations.stream().mapToLong(Generation::proposals).sum()
        + (checks.isEmpty() ? 0 : checks.get(0).draws().length);
  }

  /** Targets whose published value lies inside the predictive interval. */
  public long covered() {
    return checks.stream().filter(PredictiveCheck::covered).count();
  }
}
