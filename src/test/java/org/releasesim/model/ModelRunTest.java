package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.Summaries;
import org.releasesim.model.metrics.SummaryRow;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.ScenarioParams;

class ModelRunTest {
  private static final int POPULATION = 40_000;

  @Test
  void sameSeedGivesIdenticalSummariesAndAnotherSeedDoesNot() {
    ScenarioParams a = TestScenarios.county(POPULATION, BundledPolicy.NOTIFY_ONLY, 5);
    List<SummaryRow> first = summary(TestScenarios.run(a));
    List<SummaryRow> second = summary(TestScenarios.run(a));
    assertEquals(first, second);
    ScenarioParams b = TestScenarios.county(POPULATION, BundledPolicy.NOTIFY_ONLY, 6);
    assertNotEquals(first, summary(TestScenarios.run(b)));
  }

  @Test
  void conservationHoldsThroughoutARunAndNoEventReachesARemovedPerson() {
    ScenarioParams params = TestScenarios.county(POPULATION, BundledPolicy.HONOR_DETAINERS, 8);
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.start();
    int checks = 0;
    long steps = 0;
    while (sim.advance()) {
      if (++steps % 1_000 == 0) {
        assertEquals(List.of(), Invariants.check(sim), "at day " + sim.schedule.getTime());
        checks++;
      }
    }
    assertEquals(List.of(), Invariants.check(sim));
    assertTrue(checks > 10, "checked " + checks + " times");
    assertTrue(sim.ledger().into(PersonState.REMOVED) > 0, "some removals happened");
    assertEquals(0, sim.eventsForRemovedPersons());
  }

  @Test
  void jailFlowsBalance() {
    ReleaseSim sim = TestScenarios.run(
        TestScenarios.county(POPULATION, BundledPolicy.HONOR_DETAINERS, 9));
    Ledger l = sim.ledger();
    long inJail = 0;
    long in = 0;
    long out = 0;
    for (PersonState s : List.of(PersonState.JAIL_PRETRIAL, PersonState.JAIL_SENTENCED,
        PersonState.DETAINER_HOLD)) {
      inJail += sim.jurisdictions().get(0).jail().count(s);
      for (PersonState other : PersonState.values()) {
        if (!other.inJail()) {
          in += l.moves(other, s);
          out += l.moves(s, other);
        }
      }
    }
    assertTrue(in > 1000, "bookings happened: " + in);
    assertEquals(in - out, inJail, "admissions - exits = jail population");
  }

  @Test
  void withoutRemovablePeopleAllPoliciesGiveIdenticalCrime() {
    ScenarioParams citizensOnly = TestScenarios.withShares(
        TestScenarios.county(POPULATION, BundledPolicy.HONOR_DETAINERS, 12),
        new GroupShares(1, 0, 0));
    Map<BundledPolicy, List<SummaryRow>> byPolicy = new EnumMap<>(BundledPolicy.class);
    for (BundledPolicy p : BundledPolicy.values()) {
      List<SummaryRow> rows = summary(TestScenarios.run(
          TestScenarios.withPolicy(citizensOnly, p)));
      byPolicy.put(p, rows.stream().filter(r -> r.metric().equals("crimes")
          || r.metric().equals("victimisations") || r.metric().equals("bookings")).toList());
    }
    assertTrue(total(byPolicy.get(BundledPolicy.HONOR_DETAINERS), "crimes") > 10_000);
    for (BundledPolicy p : BundledPolicy.values()) {
      assertEquals(byPolicy.get(BundledPolicy.HONOR_DETAINERS), byPolicy.get(p), p.name());
    }
  }

  @Test
  void cooperationMovesArrestsFromTheCommunityToTheJail() {
    ScenarioParams base = TestScenarios.county(80_000, BundledPolicy.HONOR_DETAINERS, 21);
    Map<BundledPolicy, List<SummaryRow>> rows = new EnumMap<>(BundledPolicy.class);
    for (BundledPolicy p : BundledPolicy.values()) {
      rows.put(p, summary(TestScenarios.run(TestScenarios.withPolicy(base, p))));
    }
    double honourTransfers = total(rows.get(BundledPolicy.HONOR_DETAINERS), "custodial_transfers");
    double noneTransfers = total(rows.get(BundledPolicy.NO_COOPERATION), "custodial_transfers");
    double honourAtLarge = total(rows.get(BundledPolicy.HONOR_DETAINERS),
        "at_large_cases_opened");
    double noneAtLarge = total(rows.get(BundledPolicy.NO_COOPERATION), "at_large_cases_opened");
    for (BundledPolicy middle : List.of(BundledPolicy.SERIOUS_ONLY, BundledPolicy.NOTIFY_ONLY)) {
      double transfers = total(rows.get(middle), "custodial_transfers");
      double atLarge = total(rows.get(middle), "at_large_cases_opened");
      assertTrue(honourTransfers > transfers && transfers > noneTransfers,
          middle + " transfers " + transfers + " not between " + noneTransfers + " and "
              + honourTransfers);
      assertTrue(honourAtLarge < atLarge && atLarge < noneAtLarge,
          middle + " at-large " + atLarge + " not between " + honourAtLarge + " and "
              + noneAtLarge);
    }
  }

  static List<SummaryRow> summary(ReleaseSim sim) {
    return new Summaries(sim.metrics(), sim.params().time().recordedDays()).rows();
  }

  static double total(List<SummaryRow> rows, String metric) {
    return rows.stream().filter(r -> r.metric().equals(metric) && r.type().equals("all")
        && r.group().equals("all") && r.status().equals("all"))
        .mapToDouble(SummaryRow::value).findFirst().orElseThrow();
  }

  @Test
  void everyMetricHasARowInTheSummary() {
    List<SummaryRow> rows = summary(TestScenarios.run(
        TestScenarios.county(5_000, BundledPolicy.NO_COOPERATION, 3)));
    for (Metric m : Metric.values()) {
      assertTrue(rows.stream().anyMatch(r -> r.metric().equals(m.id())), m.id());
    }
  }
}
