package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.Metrics;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.CrimeProbabilities;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ReportingParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.param.VictimTargetingParams;

/**
 * Victim targeting in whole runs (ODD 7.2): offenders weight candidate victims by their group's
 * judged reporting ^ -strength, so victims shift toward groups that report less (than usual, by
 * default) while the number of offences does not change.
 */
class VictimTargetingTest {
  private static final int C = Group.CITIZEN.ordinal();
  private static final int L = Group.LAWFUL_NONCITIZEN.ordinal();
  private static final int U = Group.UNAUTHORIZED.ordinal();

  private static ScenarioParams targeting(ScenarioParams s, double strength, double memoryDays,
      boolean relative) {
    VictimTargetingParams v = new VictimTargetingParams(strength, memoryDays, 10, relative);
    return Scenarios.with(s, "reporting", Scenarios.with(s.reporting(), "victimTargeting", v));
  }

  private static double[] victimShares(ReleaseSim sim) {
    double[] v = new double[Group.count()];
    double all = 0;
    for (int g = 0; g < Group.count(); g++) {
      for (int t = 0; t < CrimeType.count(); t++) {
        v[g] += sim.metrics().total(Metric.VICTIMISATIONS, 0, t, g, 0);
      }
      all += v[g];
    }
    for (int g = 0; g < Group.count(); g++) {
      v[g] /= all;
    }
    return v;
  }

  private static double total(Metrics m, Metric metric, int group) {
    double sum = 0;
    for (int t = 0; t < metric.types().size(); t++) {
      for (int g = 0; g < metric.groups().size(); g++) {
        for (int s = 0; s < metric.statuses().size(); s++) {
          sum += group < 0 || g == group ? m.total(metric, 0, t, g, s) : 0;
        }
      }
    }
    return sum;
  }

  /**
   * One tract, full trust and one reporting rate for both victim types, so each group's
   * reporting is known: 0.4 x its reporting factor. Judged against each other (not against the
   * usual), at strength 1 a candidate's weight is 1 / its reporting, and the victims' shares are
   * the residents' shares reweighted by it.
   */
  @Test
  void victimSharesAreTheResidentsSharesWeightedByReportingToTheMinusStrength() {
    ScenarioParams base = TestScenarios.with(ScenarioParams.DEFAULTS, List.of(
        new JurisdictionParams("One tract", 30_000, 1, 1, new GroupShares(0.80, 0.08, 0.12), 0,
            BundledPolicy.NO_COOPERATION.name(), List.of(), 10)), new TimeParams(1, 3, 7), 7);
    base = Scenarios.with(base, "trust", Scenarios.with(base.trust(), "enabled", false));
    ReportingParams rp = base.reporting();
    base = Scenarios.with(base, "reporting",
        Scenarios.with(rp, "reportRates", new CrimeProbabilities(0.4, 0.4, 0, 0)));
    ReleaseSim sim = TestScenarios.run(targeting(base, 1.0, 3650, false));

    double[] residents = new double[Group.count()];
    double weighted = 0;
    double[] factor = {1, rp.lawfulNoncitizenFactor(), rp.unauthorizedFactor()};
    for (int g = 0; g < Group.count(); g++) {
      residents[g] = sim.metrics().total(Metric.RESIDENTS, 0, 0, g, 0);
      weighted += residents[g] / (0.4 * factor[g]);
    }
    double[] shares = victimShares(sim);
    double victims = total(sim.metrics(), Metric.VICTIMISATIONS, -1);
    assertTrue(victims > 4000, "victimisations: " + victims);
    for (int g = 0; g < Group.count(); g++) {
      double expected = residents[g] / (0.4 * factor[g]) / weighted;
      double se = Math.sqrt(expected * (1 - expected) / victims);
      assertEquals(expected, shares[g], 4 * se + 0.005, Group.of(g).name());
    }
    // the unauthorized, reporting at 0.46 of citizens, are about twice their share of residents
    assertTrue(shares[U] > 1.7 * residents[U] / (residents[C] + residents[L] + residents[U]));
  }

  /**
   * Paired runs under detainer cooperation, where the chill lowers non-citizens' reporting below
   * usual: turning targeting on raises the unauthorized residents' victimisation by about the
   * weight their chilled reporting gives them, and leaves the number of offences alone.
   */
  @Test
  void withReportingChilledTargetingRaisesTheChilledGroupsVictimisationNotTheOffenceCount() {
    double offOffences = 0;
    double onOffences = 0;
    double[] off = new double[Group.count()];
    double[] on = new double[Group.count()];
    for (long seed = 1; seed <= 3; seed++) {
      ScenarioParams s = TestScenarios.county(25_000, BundledPolicy.HONOR_DETAINERS, seed);
      ReleaseSim without = TestScenarios.run(targeting(s, 0, 180, true));
      ReleaseSim with = TestScenarios.run(targeting(s, 0.94, 180, true));
      offOffences += total(without.metrics(), Metric.CRIMES, -1);
      onOffences += total(with.metrics(), Metric.CRIMES, -1);
      for (int g = 0; g < Group.count(); g++) {
        off[g] += victimShares(without)[g];
        on[g] += victimShares(with)[g];
      }
    }
    assertEquals(1.0, onOffences / offOffences, 0.03, "offences with / without targeting");
    double trustU = 1 - ScenarioParams.DEFAULTS.trust().unauthorizedChill();
    double expectedRise = Math.pow(trustU, -0.94);
    double rise = on[U] / off[U];
    assertTrue(rise > 1 + (expectedRise - 1) * 0.5 && rise < expectedRise * 1.1,
        "unauthorized victim share rose by " + rise + "; weight " + expectedRise);
    assertTrue(on[C] < off[C], "citizens' share falls");
  }

  /**
   * Where trust is full (no cooperation, after the warm-up), every group reports as usual, so
   * judged against the usual no group draws offenders: the victims' shares stay where they are.
   */
  @Test
  void withoutAChillTargetingAgainstTheUsualLeavesVictimSharesAlone() {
    double[] off = new double[Group.count()];
    double[] on = new double[Group.count()];
    double victims = 0;
    for (long seed = 1; seed <= 2; seed++) {
      ScenarioParams s = TestScenarios.county(25_000, BundledPolicy.NO_COOPERATION, seed);
      s = Scenarios.with(s, "trust", Scenarios.with(s.trust(), "enforcementVisibility", false));
      ReleaseSim without = TestScenarios.run(targeting(s, 0, 180, true));
      ReleaseSim with = TestScenarios.run(targeting(s, 0.94, 180, true));
      victims += total(with.metrics(), Metric.VICTIMISATIONS, -1);
      for (int g = 0; g < Group.count(); g++) {
        off[g] += victimShares(without)[g] / 2;
        on[g] += victimShares(with)[g] / 2;
      }
    }
    for (int g = 0; g < Group.count(); g++) {
      double se = Math.sqrt(2 * off[g] * (1 - off[g]) / victims);
      assertEquals(off[g], on[g], 4 * se, Group.of(g).name());
    }
  }
}
