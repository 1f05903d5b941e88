package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.PopulationFlow;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.PopulationParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.param.TurnoverParams;

/**
 * Population turnover against closed forms: in a stationary population the crude death rate is
 * 1 / e(0); every death brings a birth; moves and changes of status happen at their rates per
 * person-year in the community; and nobody is lost or created (with ICE's removals switched off,
 * the count of living residents never changes).
 */
class TurnoverTest {
  private static final int RESIDENTS = 20_000;
  private static final double YEARS = 20;

  /** A county without ICE removals, so that turnover alone moves people. */
  private static ScenarioParams closedCounty(long seed) {
    ScenarioParams s = TestScenarios.county(RESIDENTS, BundledPolicy.HONOR_DETAINERS, seed);
    s = RecordCopy.with(s, "time", new TimeParams(0, YEARS, 7));
    s = RecordCopy.with(s, "detainers", RecordCopy.with(s.detainers(), "enabled", false));
    return RecordCopy.with(s, "ice",
        RecordCopy.with(s.ice(), "communityEnforcement", false));
  }

  private static double flow(ReleaseSim sim, Group g, PopulationFlow status) {
    return sim.metrics().total(Metric.POPULATION_FLOWS, 0, 0, g.ordinal(), status);
  }

  private static double flowAllGroups(ReleaseSim sim, PopulationFlow status) {
    double n = 0;
    for (Group g : Group.values()) {
      n += flow(sim, g, status);
    }
    return n;
  }

  @Test
  void deathsComeAtTheStationaryCrudeDeathRateAndEachBringsABirth() {
    ReleaseSim sim = TestScenarios.run(closedCounty(3));
    double deaths = flowAllGroups(sim, PopulationFlow.DEATH);
    double expected = RESIDENTS * YEARS / new LifeTable(1).expectancy(0);
    assertEquals(expected, deaths, 4 * Math.sqrt(expected), "deaths");
    assertEquals(deaths, flowAllGroups(sim, PopulationFlow.BIRTH), 0.0, "births = deaths");
  }

  @Test
  void movesAndStatusChangesHappenAtTheirRatesInTheCommunity() {
    ScenarioParams s = closedCounty(4);
    ReleaseSim sim = TestScenarios.run(s);
    TurnoverParams t = s.population().turnover();
    // person-years in the community: nearly all residents, nearly all the time
    double personYears = RESIDENTS * YEARS;
    double out = flowAllGroups(sim, PopulationFlow.OUT_MIGRATION);
    double expectedOut = personYears * t.outMigrationPerYear();
    assertEquals(expectedOut, out, 4 * Math.sqrt(expectedOut) + 0.01 * expectedOut, "moves");
    assertEquals(out + flowAllGroups(sim, PopulationFlow.EMIGRATION),
        flowAllGroups(sim, PopulationFlow.IN_MIGRATION), 0.0, "each departure is replaced");
    double lawfulYears = personYears * s.jurisdictions().get(0).groupShares().lawfulNoncitizen();
    double expectedNat = lawfulYears * t.naturalisationPerYear();
    assertEquals(expectedNat, flow(sim, Group.LAWFUL_NONCITIZEN, PopulationFlow.NATURALISATION),
        4 * Math.sqrt(expectedNat) + 0.02 * expectedNat, "naturalisations");
    double unauthorizedYears = personYears * s.jurisdictions().get(0).groupShares().unauthorized();
    double expectedAdj = unauthorizedYears * t.adjustmentPerYear();
    assertEquals(expectedAdj, flow(sim, Group.UNAUTHORIZED, PopulationFlow.ADJUSTMENT),
        4 * Math.sqrt(expectedAdj) + 0.02 * expectedAdj, "adjustments");
  }

  @Test
  void nobodyIsLostAndEachGroupKeepsItsSize() {
    ReleaseSim sim = new ReleaseSim(closedCounty(5), null);
    sim.start();
    long[] start = livingByGroup(sim);
    while (sim.advance()) {
      // to the horizon
    }
    long[] end = livingByGroup(sim);
    assertEquals(RESIDENTS, sum(end), "living persons");
    assertEquals(RESIDENTS, sim.population().size(), "no record added without removals");
    for (Group g : Group.values()) {
      // a change of status is balanced at the next departure from the same tract: a few
      // may still be owed at the end, never a drift
      assertEquals(start[g.ordinal()], end[g.ordinal()], 0.01 * start[g.ordinal()] + 5,
          g.name());
    }
    assertEquals(List.of(), Invariants.check(sim));
  }

  @Test
  void theAgeStructureStaysWhereItStarts() {
    ReleaseSim sim = new ReleaseSim(closedCounty(6), null);
    sim.start();
    double[] start = bandShares(sim);
    while (sim.advance()) {
      // to the horizon
    }
    double[] end = bandShares(sim);
    for (int band = 0; band < start.length; band++) {
      assertEquals(start[band], end[band], 0.015, "share of band " + band);
    }
  }

  @Test
  void agesAdvanceAndNobodyLeavesWhenTurnoverIsOff() {
    ScenarioParams s = closedCounty(7);
    PopulationParams pop = RecordCopy.with(s.population(), "turnover",
        RecordCopy.with(s.population().turnover(), "enabled", false));
    ReleaseSim sim = TestScenarios.run(RecordCopy.with(s, "population", pop));
    for (PopulationFlow status : PopulationFlow.values()) {
      assertEquals(0, flowAllGroups(sim, status), "flow " + status);
    }
    Population p = sim.population();
    double end = sim.schedule.getTime();
    assertEquals(YEARS, p.ageYears(0, end) - p.ageYears(0, 0), 0.01);
  }

  private static long[] livingByGroup(ReleaseSim sim) {
    long[] n = new long[Group.count()];
    Population p = sim.population();
    for (int i = 0; i < p.size(); i++) {
      PersonState s = p.state(i);
      if (s != PersonState.REMOVED && s != PersonState.DEPARTED) {
        n[p.groupIndex(i)]++;
      }
    }
    return n;
  }

  private static double[] bandShares(ReleaseSim sim) {
    double[] n = new double[4];
    Population p = sim.population();
    double now = sim.schedule.getTime();
    for (int i = 0; i < p.size(); i++) {
      n[p.ageBand(i, now)]++;
    }
    for (int b = 0; b < n.length; b++) {
      n[b] /= p.size();
    }
    return n;
  }

  private static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }
}
