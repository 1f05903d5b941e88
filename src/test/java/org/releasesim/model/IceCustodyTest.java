package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.TransferStage;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.ScenarioParams;

/**
 * ICE custody (ODD 7.8): detention lasts an exponential time with mean {@code ice.detentionDays}
 * and ends in removal with {@code ice.removalProbability}, else release; a removed person
 * re-enters, unauthorized, with {@code migration.reentryProbability} after an exponential delay.
 */
class IceCustodyTest {
  private static final int UNAUTHORIZED = Group.UNAUTHORIZED.ordinal();
  private static ScenarioParams county(Object... migrationChanges) {
    ScenarioParams s = Scenarios.county(QuietCounty.scenario(BundledPolicy.NO_COOPERATION, 2,
        ScenarioParams.DEFAULTS), "population", 2_000, "groupShares",
        new GroupShares(0.4, 0.2, 0.4));
    s = Scenarios.with(s, "time", new org.releasesim.model.param.TimeParams(0, 3, 7));
    return Scenarios.with(s, "migration", Scenarios.with(s.migration(), migrationChanges));
  }

  private static List<Integer> noncitizens(QuietCounty c) {
    List<Integer> list = new ArrayList<>();
    for (int p = 0; p < c.sim.population().size(); p++) {
      if (c.sim.population().group(p) != Group.CITIZEN) {
        list.add(p);
      }
    }
    return list;
  }

  @Test
  void detentionLastsTheMeanAndEndsInRemovalAtItsProbability() {
    QuietCounty c = QuietCounty.started(county("reentry", false));
    List<Integer> detained = noncitizens(c);
    for (int p : detained) {
      c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
      assertEquals(PersonState.ICE_CUSTODY, c.state(p));
    }
    c.runUntil(c.now + 700);
    double mean = c.sim.params().ice().detentionDays();
    double sum = 0;
    int removed = 0;
    int withinMean = 0;
    for (int p : detained) {
      List<ModelEvent> events = c.eventsOf(p);
      assertEquals(1, events.size(), "one end of custody");
      ModelEvent end = events.get(0);
      double days = end.day() - c.now;
      sum += days;
      withinMean += days <= mean ? 1 : 0;
      if (end.kind() == Kind.REMOVAL) {
        removed++;
        assertEquals(PersonState.REMOVED, c.state(p));
      } else {
        assertEquals(Kind.ICE_RELEASE, end.kind());
        assertEquals(PersonState.COMMUNITY, c.state(p));
        assertEquals(OffenderStatus.RELEASED_BY_ICE, c.sim.population().releaseStatus(p));
        assertEquals(end.day(), c.sim.population().releaseDay(p), 1e-3);
      }
    }
    int n = detained.size();
    assertEquals(removed, c.sim.metrics().total(Metric.REMOVALS, 0, 0, UNAUTHORIZED, 0)
        + c.sim.metrics().total(Metric.REMOVALS, 0, 0, Group.LAWFUL_NONCITIZEN.ordinal(), 0)
        + c.sim.metrics().current(Metric.REMOVALS, 0, 0, UNAUTHORIZED, 0)
        + c.sim.metrics().current(Metric.REMOVALS, 0, 0, Group.LAWFUL_NONCITIZEN.ordinal(), 0));
    assertTrue(n > 600, "detained " + n);
    assertEquals(mean, sum / n, 4 * mean / Math.sqrt(n), "mean stay");
    double pWithin = 1 - Math.exp(-1);
    assertEquals(pWithin, withinMean / (double) n, 4 * Math.sqrt(pWithin * (1 - pWithin) / n));
    double pr = c.sim.params().ice().removalProbability();
    assertEquals(pr, removed / (double) n, 4 * Math.sqrt(pr * (1 - pr) / n));
  }

  @Test
  void aRemovedPersonWhoReentersComesBackUnauthorizedAfterTheDelay() {
    QuietCounty c = QuietCounty.started(county("reentry", true, "reentryProbability", 1.0,
        "reentryDelayDays", 30.0));
    List<Integer> lawful = noncitizens(c).stream()
        .filter(p -> c.sim.population().group(p) == Group.LAWFUL_NONCITIZEN).toList();
    for (int p : lawful) {
      c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
    }
    c.runUntil(c.now + 1000);
    double sumDelay = 0;
    int reentered = 0;
    for (int p : lawful) {
      List<ModelEvent> events = c.eventsOf(p);
      ModelEvent removal = events.stream().filter(e -> e.kind() == Kind.REMOVAL).findFirst()
          .orElse(null);
      if (removal == null) {
        continue;
      }
      ModelEvent back = events.stream().filter(e -> e.kind() == Kind.REENTRY).findFirst()
          .orElseThrow(() -> new AssertionError("no re-entry after removal"));
      sumDelay += back.day() - removal.day();
      reentered++;
      assertEquals(Group.UNAUTHORIZED, c.sim.population().group(p));
      assertTrue(c.sim.population().isRemovable(p));
      assertEquals(OffenderStatus.REENTERED_AFTER_REMOVAL, c.sim.population().releaseStatus(p));
      assertEquals(PersonState.COMMUNITY, c.state(p));
      assertEquals(c.sim.population().tract(p), back.tract());
    }
    assertTrue(reentered > 150, "re-entered " + reentered);
    assertEquals(reentered, c.sim.metrics().total(Metric.REENTRIES, 0, 0, 0, 0)
        + c.sim.metrics().current(Metric.REENTRIES, 0, 0, 0, 0));
    assertEquals(30.0, sumDelay / reentered, 4 * 30.0 / Math.sqrt(reentered));
  }

  @Test
  void withoutReentryRemovedPeopleStayRemoved() {
    QuietCounty c = QuietCounty.started(county("reentry", true, "reentryProbability", 0.0));
    for (int p : noncitizens(c)) {
      c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
    }
    c.runUntil(c.now + 1000);
    assertTrue(c.log.count(Kind.REMOVAL) > 500);
    assertEquals(0, c.log.count(Kind.REENTRY));
  }

  @Test
  void withInflowEachRemovalNotFollowedByReentryBringsANewcomerOfTheSameGroupAndAge() {
    QuietCounty c = QuietCounty.started(county("reentry", false, "inflow", true,
        "inflowDelayDays", 10.0));
    int before = c.sim.population().size();
    List<Integer> detained = noncitizens(c).subList(0, 100);
    for (int p : detained) {
      c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
    }
    c.runUntil(c.now + 900);
    long removals = c.log.count(Kind.REMOVAL);
    assertEquals(before + removals, c.sim.population().size());
    java.util.List<String> removed = c.log.of(Kind.REMOVAL).stream()
        .map(e -> c.sim.population().group(e.person()) + " born "
            + c.sim.population().birthDay(e.person())).sorted().toList();
    java.util.List<String> arrived = new java.util.ArrayList<>();
    for (int p = before; p < c.sim.population().size(); p++) {
      assertEquals(PersonState.COMMUNITY, c.state(p));
      arrived.add(c.sim.population().group(p) + " born " + c.sim.population().birthDay(p));
    }
    arrived.sort(null);
    assertEquals(removed, arrived, "one newcomer like each removed resident");
  }

  @Test
  void admissionClosesAnOpenCaseAndClearsDetainerAndPendingCase() {
    QuietCounty c = QuietCounty.started(county());
    int p = noncitizens(c).get(0);
    c.office().openCase(p, c.now);
    c.sim.population().set(p, Population.ON_PRETRIAL_RELEASE, true);
    c.sim.population().set(p, Population.DETAINER, true);
    c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
    assertEquals(0, c.office().openCases());
    assertFalse(c.sim.population().hasDetainer(p));
    assertFalse(c.sim.population().has(p, Population.ON_PRETRIAL_RELEASE));
  }

  @Test
  void aJailTransferIsCountedAsOneFromTheJail() {
    QuietCounty c = QuietCounty.started(county());
    int p = c.jailedWithDetainer(CrimeType.DRUG.ordinal());
    c.sim.iceCustody().transferFromJail(p, c.now);
    int g = c.sim.population().groupIndex(p);
    assertEquals(1, c.sim.metrics().current(Metric.CUSTODIAL_TRANSFERS, 0, 0, g, 0));
    assertEquals(0, c.sim.metrics().current(Metric.CUSTODIAL_TRANSFERS, 0, 0, g, 1));
    assertEquals("jail", c.log.of(Kind.CUSTODIAL_TRANSFER).get(0).detail());
    assertEquals(PersonState.ICE_CUSTODY, c.state(p));
  }

  @Test
  void releaseFromDetentionLeavesAFinalOrderAtItsShare() {
    QuietCounty c = QuietCounty.started(Scenarios.with(county("reentry", false), "ice",
        Scenarios.with(ScenarioParams.DEFAULTS.ice(), "removalProbability", 0.0)));
    List<Integer> detained = noncitizens(c);
    for (int p : detained) {
      c.sim.population().set(p, Population.FINAL_ORDER, false);
      c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
    }
    c.runUntil(c.now + 700);
    int withOrder = 0;
    for (int p : detained) {
      assertEquals(PersonState.COMMUNITY, c.state(p), "released, none removed");
      withOrder += c.sim.population().has(p, Population.FINAL_ORDER) ? 1 : 0;
    }
    double share = c.sim.params().ice().finalOrderShare();
    int n = detained.size();
    assertEquals(share, withOrder / (double) n, 4 * Math.sqrt(share * (1 - share) / n));
  }

  @Test
  void aRemovedPersonIsOnFileAsRemovedNoLongerUnderAnOrderAndPendingUntilBack() {
    QuietCounty c = QuietCounty.started(Scenarios.with(county("reentry", true,
        "reentryProbability", 1.0, "reentryDelayDays", 30.0), "ice",
        Scenarios.with(ScenarioParams.DEFAULTS.ice(), "removalProbability", 1.0)));
    Population pop = c.sim.population();
    List<Integer> detained = noncitizens(c).subList(0, 200);
    for (int p : detained) {
      pop.set(p, Population.FINAL_ORDER, true);
      c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
    }
    int checkedAway = 0;
    int checkedBack = 0;
    for (int day = 1; day <= 1200; day++) {
      c.runUntil(c.now + day);
      for (int p : detained) {
        if (c.state(p) == PersonState.REMOVED) {
          assertTrue(pop.has(p, Population.PRIOR_REMOVAL), "removed: on file as removed");
          assertFalse(pop.has(p, Population.FINAL_ORDER), "removed: the order is carried out");
          assertTrue(pop.has(p, Population.REENTRY_PENDING), "removed: coming back");
          checkedAway++;
        } else if (c.eventsOf(p).stream().anyMatch(e -> e.kind() == Kind.REENTRY)
            && c.state(p) == PersonState.COMMUNITY) {
          assertTrue(pop.has(p, Population.PRIOR_REMOVAL), "back: still on file as removed");
          assertFalse(pop.has(p, Population.REENTRY_PENDING), "back: no longer pending");
          checkedBack++;
        }
      }
      if (day % 100 == 0 && checkedBack > 0 && checkedAway > 0 && day >= 300) {
        break;
      }
    }
    assertTrue(checkedAway > 0 && checkedBack > 0, checkedAway + " away, " + checkedBack
        + " back");
  }

  @Test
  void aLawfulResidentRemovedWhoComesBackUnauthorizedIsOwedALawfulNewcomer() {
    ScenarioParams s = county("reentry", true, "reentryProbability", 1.0, "reentryDelayDays",
        30.0);
    // turnover settles what is owed, so it must be on
    QuietCounty c = QuietCounty.started(QuietCounty.withTurnover(s));
    Population pop = c.sim.population();
    int lawful = noncitizens(c).stream().filter(p -> pop.group(p) == Group.LAWFUL_NONCITIZEN)
        .findFirst().orElseThrow();
    int unauthorized = noncitizens(c).stream().filter(p -> pop.group(p) == Group.UNAUTHORIZED)
        .filter(p -> pop.tract(p) != pop.tract(lawful)).findFirst().orElseThrow();
    int lawfulIndex = Group.LAWFUL_NONCITIZEN.ordinal();
    for (int p : new int[] {lawful, unauthorized}) {
      pop.set(p, Population.REENTRY_PENDING, true);
      c.sim.iceCustody().reenter(p, c.now);
      assertEquals(Group.UNAUTHORIZED, pop.group(p));
    }
    assertEquals(1, c.sim.turnover().owed(pop.tract(lawful), lawfulIndex, UNAUTHORIZED),
        "the lawful resident's tract owes one lawful newcomer for an unauthorized departure");
    assertEquals(0, c.sim.turnover().owed(pop.tract(unauthorized), lawfulIndex, UNAUTHORIZED),
        "an unauthorized resident coming back changes no group");
  }

  @Test
  void aTransferIsCountedByTheStageOfTheCriminalCase() {
    QuietCounty c = QuietCounty.started(county());
    int pretrial = c.jailedWithDetainer(CrimeType.DRUG.ordinal());
    c.sim.population().set(pretrial, Population.ON_PRETRIAL_RELEASE, true);
    c.sim.iceCustody().transferFromJail(pretrial, c.now);
    assertEquals(1, transfersAt(c, TransferStage.PRETRIAL), "a case still pending");
    assertEquals(0, transfersAt(c, TransferStage.AFTER_DISPOSITION));
    int sentenced = c.jailedWithDetainer(CrimeType.PROPERTY.ordinal());
    c.sim.iceCustody().transferFromJail(sentenced, c.now);
    assertEquals(1, transfersAt(c, TransferStage.PRETRIAL));
    assertEquals(1, transfersAt(c, TransferStage.AFTER_DISPOSITION), "a case decided");
  }

  private static double transfersAt(QuietCounty c, TransferStage stage) {
    return c.sim.metrics().current(Metric.TRANSFERS_BY_STAGE, 0, 0, 0, stage.ordinal());
  }
}
