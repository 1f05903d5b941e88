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
      counties.add(new JurisdictionParams("County " + i, size, 20, 20,
          new GroupShares(0.86, 0.07, 0.07), 0.8, BundledPolicy.NOTIFY_ONLY.name(), List.of(),
          Math.max(10, size / RESIDENTS_PER_OFFICER)));
      left -= size;
    }
    ScenarioParams d = ScenarioParams.DEFAULTS;
    return new ScenarioParams("benchmark", seed, new TimeParams(2, years, 7), counties,
        List.of(), d.population(), d.offending(), d.reporting(), d.policing(), d.courts(),
        d.detainers(), d.ice(), d.trust(), d.deterrence(), d.migration(), d.mobility(),
        d.costs());
  }
}
