package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.PopulationFlow;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.CourtParams;
import org.releasesim.model.param.ScenarioParams;

/** Defendants on pretrial release who leave the county before their case is decided. */
class PretrialDepartureTest {
  private static ScenarioParams county(double perYear, long seed) {
    ScenarioParams s = TestScenarios.county(30_000, BundledPolicy.NOTIFY_ONLY, seed);
    CourtParams courts = RecordCopy.with(s.courts(), "pretrialDeparturePerYear", perYear);
    return RecordCopy.with(s, "courts", courts);
  }

  private static double departures(ReleaseSim sim) {
    double n = 0;
    for (int g = 0; g < Metric.PRETRIAL_DEPARTURES.groups().size(); g++) {
      n += sim.metrics().total(Metric.PRETRIAL_DEPARTURES, 0, 0, g, 0);
    }
    return n;
  }

  @Test
  void departuresComeAtTheirRateOverTheDaysDefendantsAwaitDisposition() {
    double perYear = 2.0;
    ReleaseSim sim = new ReleaseSim(county(perYear, 5), null);
    sim.start();
    // person-days awaiting disposition in the community, counted once a day over the
    // recorded period, independently of the mechanism
    double awaitingDays = 0;
    double nextDay = Math.ceil(sim.warmupEnd());
    while (sim.advance()) {
      while (sim.schedule.getTime() >= nextDay) {
        Population pop = sim.population();
        for (int p = 0; p < pop.size(); p++) {
          if (pop.state(p) == PersonState.COMMUNITY
              && pop.has(p, Population.ON_PRETRIAL_RELEASE)) {
            awaitingDays++;
          }
        }
        nextDay++;
      }
    }
    double expected = perYear / 365.25 * awaitingDays;
    double seen = departures(sim);
    assertTrue(expected > 100, "enough defendants to test the rate: " + expected);
    assertEquals(expected, seen, 4 * Math.sqrt(expected) + 0.03 * expected,
        "departures = rate x person-time awaiting disposition");
  }

  @Test
  void thoseWhoLeaveAreReplacedAndCountedAmongTheMovesOut() {
    ReleaseSim on = TestScenarios.run(county(2.0, 6));
    double left = departures(on);
    assertTrue(left > 0);
    double out = 0;
    double in = 0;
    for (Group g : Group.values()) {
      out += on.metrics().total(Metric.POPULATION_FLOWS, 0, 0, g.ordinal(),
          PopulationFlow.OUT_MIGRATION);
      in += on.metrics().total(Metric.POPULATION_FLOWS, 0, 0, g.ordinal(),
          PopulationFlow.IN_MIGRATION);
    }
    assertTrue(out >= left, "each departure is also a move out");
    assertEquals(out + emigration(on), in, 0.0, "every one who leaves is replaced");
  }

  @Test
  void atRateZeroNobodyLeavesThisWay() {
    ReleaseSim off = TestScenarios.run(county(0, 7));
    assertEquals(0, departures(off));
  }

  private static double emigration(ReleaseSim sim) {
    double n = 0;
    for (Group g : Group.values()) {
      n += sim.metrics().total(Metric.POPULATION_FLOWS, 0, 0, g.ordinal(),
          PopulationFlow.EMIGRATION);
    }
    return n;
  }
}
