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
    return with(ScenarioParams.DEFAULTS, List.of(JurisdictionParams.DEFAULTS.withName("Test County")
        .withPopulation(population).withTractColumns(6).withTractRows(6)
        .withGroupShares(new GroupShares(0.80, 0.08, 0.12)).withNoncitizenClustering(0.8)
        .withPolicy(policy.name()).withPolicyChanges(List.of()).withIceOfficers(10)),
        new TimeParams(1, 3, 7), seed);
  }

  static ScenarioParams withShares(ScenarioParams s, GroupShares shares) {
    List<JurisdictionParams> js = s.jurisdictions().stream()
        .map(j -> j.withGroupShares(shares)).toList();
    return with(s, js, s.time(), s.seed());
  }

  static ScenarioParams withPolicy(ScenarioParams s, BundledPolicy policy) {
    List<JurisdictionParams> js = s.jurisdictions().stream()
        .map(j -> j.withPolicyChanges(List.of()).withPolicy(policy.name())).toList();
    return with(s, js, s.time(), s.seed());
  }

  static ScenarioParams with(ScenarioParams d, List<JurisdictionParams> js, TimeParams time,
      long seed) {
    return d.withJurisdictions(js).withTime(time).withSeed(seed).withDescription("test");
  }

  /** Runs to the horizon and returns the finished model. */
  static ReleaseSim run(ScenarioParams params) {
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.runToEnd();
    return sim;
  }
}
