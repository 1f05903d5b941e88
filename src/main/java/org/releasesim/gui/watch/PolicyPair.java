package org.releasesim.gui.watch;

import org.releasesim.model.param.ScenarioParams;

/**
 * Two runs of one scenario for the side-by-side view: the same scenario and seed (common random
 * numbers, as {@code compare} pairs its runs), every jurisdiction under policy A in one and
 * policy B in the other.
 *
 * @param scenarioName the scenario's name, for titles
 * @param policyA the policy of run A (the left map, the reference)
 * @param a run A's scenario
 * @param policyB the policy of run B (the right map)
 * @param b run B's scenario
 */
public record PolicyPair(String scenarioName, String policyA, ScenarioParams a, String policyB,
    ScenarioParams b) {

  /** @throws IllegalArgumentException if the two runs differ in seed or in time settings */
  public PolicyPair {
    if (a.seed() != b.seed() || !a.time().equals(b.time())) {
      throw new IllegalArgumentException("the two runs of a side-by-side view need the same"
          + " seed and time settings (got seeds " + a.seed() + " and " + b.seed() + ")");
    }
  }
}
