package org.releasesim.model;

import java.util.List;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/** Small scenarios for model tests, built from the defaults with a few changes. */
final class TestScenarios {
  private TestScenarios() {}

  /** One county of {@code population} under {@code policy}, short horizon. */
  static ScenarioParams county(int population, BundledPolicy policy, long seed) {
    return with(ScenarioParams.DEFAULTS, List.of(new JurisdictionParams("Test County",
        population, 6, 6, new GroupShares(0.80, 0.08, 0.12), 0.8, policy.name(), List.of(), 10)),
        new TimeParams(1, 3, 7), seed);
  }

  static ScenarioParams withShares(ScenarioParams s, GroupShares shares) {
    List<JurisdictionParams> js = s.jurisdictions().stream().map(j -> new JurisdictionParams(
        j.name(), j.population(), j.tractColumns(), j.tractRows(), shares,
        j.noncitizenClustering(), j.policy(), j.policyChanges(), j.iceOfficers())).toList();
    return with(s, js, s.time(), s.seed());
  }

  static ScenarioParams withPolicy(ScenarioParams s, BundledPolicy policy) {
    List<JurisdictionParams> js = s.jurisdictions().stream().map(j -> new JurisdictionParams(
        j.name(), j.population(), j.tractColumns(), j.tractRows(), j.groupShares(),
        j.noncitizenClustering(), policy.name(), List.of(), j.iceOfficers())).toList();
    return with(s, js, s.time(), s.seed());
  }

  static ScenarioParams with(ScenarioParams d, List<JurisdictionParams> js, TimeParams time,
      long seed) {
    return new ScenarioParams("test", seed, time, js, d.policies(), d.population(), d.offending(),
        d.reporting(), d.policing(), d.courts(), d.detainers(), d.ice(), d.trust(),
        d.deterrence(), d.migration(), d.mobility(), d.costs());
  }

  /** Runs to the horizon and returns the finished model. */
  static ReleaseSim run(ScenarioParams params) {
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.runToEnd();
    return sim;
  }
}
