package org.releasesim.experiment.bench;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * The benchmark's county: the defaults, a large-metro immigrant mix, notify-only policy (so that
 * transfers, misses and at-large cases all happen), one ICE officer per 40,000 residents.
 */
final class BenchScenario {
  private static final int RESIDENTS_PER_OFFICER = 40_000;
  private static final int MAX_COUNTY = 2_000_000;

  private BenchScenario() {}

  /** {@code residents} split into counties of at most two million, over warm-up + years. */
  static ScenarioParams of(long residents, double years, long seed) {
    List<JurisdictionParams> counties = new ArrayList<>();
    long left = residents;
    for (int i = 1; left > 0; i++) {
      int size = (int) Math.min(MAX_COUNTY, left);
      counties.add(JurisdictionParams.DEFAULTS.withName("County " + i).withPopulation(size)
          .withTractColumns(20).withTractRows(20)
          .withGroupShares(new GroupShares(0.86, 0.07, 0.07)).withNoncitizenClustering(0.8)
          .withPolicy(BundledPolicy.NOTIFY_ONLY.name()).withPolicyChanges(List.of())
          .withIceOfficers(Math.max(10, size / RESIDENTS_PER_OFFICER)));
      left -= size;
    }
    return ScenarioParams.DEFAULTS.withDescription("benchmark").withSeed(seed)
        .withTime(new TimeParams(2, years, 7)).withJurisdictions(counties)
        .withPolicies(List.of());
  }
}
