package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.CaseClosure;
import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;

/**
 * At-large cases (ODD 7.7) in a county where nothing else happens: when attempts start (team
 * size, the reserve kept for jail pick-ups), how long they take, which case goes first, and how
 * cases close.
 */
class AtLargeEnforcementTest {
  private static final double EPS = 1e-9;

  private static double attemptDays(ReleaseSim sim) {
    return sim.params().ice().atLargeHours() / sim.params().ice().hoursPerOfficerDay();
  }

  /** The n-th unauthorized resident in the community. */
  private static int resident(QuietCounty c, int n) {
    Population pop = c.sim.population();
    for (int p = 0, seen = 0; p < pop.size(); p++) {
      if (pop.group(p) == Group.UNAUTHORIZED && pop.state(p) == PersonState.COMMUNITY
          && seen++ == n) {
        return p;
      }
    }
    throw new IllegalStateException();
  }

  @Test
  void aSuccessfulAttemptArrestsTheTargetWhenItEnds() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralArrests", false));
    int p = resident(c, 0);
    c.office().openCase(p, c.now);
    assertEquals(1, c.office().openCases());
    assertTrue(c.sim.population().has(p, Population.AT_LARGE_CASE));
    double end = c.now + attemptDays(c.sim);
    c.runUntil(end + 1);
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(List.of(Kind.AT_LARGE_CASE_OPENED, Kind.AT_LARGE_OPERATION,
        Kind.AT_LARGE_ARREST), events.stream().map(ModelEvent::kind).toList());
    assertEquals(end, events.get(1).day(), EPS);
    assertEquals(c.sim.population().tract(p), events.get(1).tract());
    assertEquals(PersonState.ICE_CUSTODY, c.state(p));
    assertEquals(0, c.office().openCases());
    assertFalse(c.sim.population().has(p, Population.AT_LARGE_CASE));
  }

  @Test
  void failedAttemptsFollowOneAnotherUntilTheMaximumThenTheCaseCloses() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 0.0, "atLargeMaxAttempts", 3));
    int p = resident(c, 0);
    c.office().openCase(p, c.now);
    c.runUntil(c.now + 10 * attemptDays(c.sim));
    List<ModelEvent> ops = c.log.of(Kind.AT_LARGE_OPERATION);
    assertEquals(3, ops.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(c.now + (i + 1) * attemptDays(c.sim), ops.get(i).day(), 1e-6);
    }
    assertEquals(0, c.office().openCases());
    assertEquals(PersonState.COMMUNITY, c.state(p));
    assertEquals(1, c.sim.metrics().total(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0,
        CaseClosure.GAVE_UP) + c.sim.metrics().current(Metric.AT_LARGE_CASES_CLOSED, 0,
        0, 0, CaseClosure.GAVE_UP));
  }

  @Test
  void anAttemptNeedsAFullTeam() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8, Scenarios.ice("atLargeSuccess", 1.0));
    c.officersBusyUntil(c.now + 5, c.now);
    c.office().openCase(resident(c, 0), c.now);
    assertEquals(0, c.log.count(Kind.AT_LARGE_OPERATION));
    c.sim.schedule.scheduleOnce(c.now + 5, Orderings.ICE, new IceTaskEnd(c.office(), null));
    c.runUntil(c.now + 5 + attemptDays(c.sim));
    List<ModelEvent> ops = c.log.of(Kind.AT_LARGE_OPERATION);
    assertEquals(1, ops.size());
    assertEquals(c.now + 5 + attemptDays(c.sim), ops.get(0).day(), EPS,
        "started when the busy officer came back");
  }

  @Test
  void whileTheJailCooperatesAttemptsKeepOfficersInReserveForPickUps() {
    // ten officers: a team of eight plus two in reserve
    QuietCounty honour = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 10);
    honour.officersBusyUntil(honour.now + 5, honour.now);
    honour.office().openCase(resident(honour, 0), honour.now);
    honour.runUntil(honour.now + 3);
    assertEquals(0, honour.log.count(Kind.AT_LARGE_OPERATION), "nine free are not enough");
    QuietCounty none = QuietCounty.of(BundledPolicy.NO_COOPERATION, 10);
    none.officersBusyUntil(none.now + 5, none.now + 5, none.now);
    none.office().openCase(resident(none, 0), none.now);
    none.runUntil(none.now + 3);
    assertEquals(1, none.log.count(Kind.AT_LARGE_OPERATION), "no reserve without cooperation");
  }

  @Test
  void anOfficeTooSmallForTheReserveStillSendsATeam() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 9);
    c.officersBusyUntil(c.now + 5, c.now);
    c.office().openCase(resident(c, 0), c.now);
    c.runUntil(c.now + 3);
    assertEquals(1, c.log.count(Kind.AT_LARGE_OPERATION));
  }

  @Test
  void seriousCasesGoFirstThenTheOldest() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralArrests", false));
    c.officersBusyUntil(c.now + 1);
    int old = resident(c, 2);
    int young = resident(c, 0);
    int serious = resident(c, 1);
    c.sim.population().set(serious, Population.VIOLENT_CONVICTION, true);
    c.office().openCase(old, c.now);
    c.runUntil(c.now + 0.25);
    c.office().openCase(young, c.now + 0.25);
    c.runUntil(c.now + 0.5);
    c.office().openCase(serious, c.now + 0.5);
    c.sim.schedule.scheduleOnce(c.now + 1, Orderings.ICE, new IceTaskEnd(c.office(), null));
    c.runUntil(c.now + 1 + 3.5 * attemptDays(c.sim));
    List<Integer> order = c.log.of(Kind.AT_LARGE_OPERATION).stream().map(ModelEvent::person)
        .toList();
    assertEquals(List.of(serious, old, young), order, "old has the highest id of the three");
  }

  @Test
  void aCaseNotReachedBeforeItExpiresIsDropped() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeCaseExpiryDays", 2.0));
    c.officersBusyUntil(c.now + 3);
    c.office().openCase(resident(c, 0), c.now);
    c.sim.schedule.scheduleOnce(c.now + 3, Orderings.ICE, new IceTaskEnd(c.office(), null));
    c.runUntil(c.now + 10);
    assertEquals(0, c.log.count(Kind.AT_LARGE_OPERATION));
    assertEquals(0, c.office().openCases());
  }

  @Test
  void aTargetNoLongerInTheCommunityIsNotArrestedAndTheCaseCloses() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8, Scenarios.ice("atLargeSuccess", 1.0));
    int p = resident(c, 0);
    c.office().openCase(p, c.now);
    c.sim.moveTo(p, PersonState.PRISON, 0, c.now);
    c.runUntil(c.now + 3 * attemptDays(c.sim));
    assertEquals(1, c.log.count(Kind.AT_LARGE_OPERATION));
    assertEquals(0, c.log.count(Kind.AT_LARGE_ARREST));
    assertEquals(0, c.office().openCases());
  }

  @Test
  void aCaseIsOpenedOnlyOnceAndClosingAnUnknownCaseDoesNothing() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 0);
    int p = resident(c, 0);
    c.office().openCase(p, c.now);
    c.office().openCase(p, c.now);
    assertEquals(1, c.log.count(Kind.AT_LARGE_CASE_OPENED));
    c.office().closeCase(resident(c, 1), CaseClosure.GONE);
    assertEquals(1, c.office().openCases());
    assertEquals(List.of(p), c.office().openCasePersons());
    c.office().closeCase(p, CaseClosure.REBOOKED);
    assertEquals(0, c.office().openCases());
  }

  @Test
  void collateralArrestsTakeOtherRemovableResidentsOfTheTargetsTract() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralPerAttempt", 5.0, "atLargeMaxAttempts", 1));
    int arrests = 0;
    for (int i = 0; i < 10; i++) {
      int p = resident(c, 0);
      c.office().openCase(p, c.sim.schedule.getTime());
      c.runUntil(c.sim.schedule.getTime() + 2 * attemptDays(c.sim));
    }
    for (ModelEvent e : c.log.of(Kind.COLLATERAL_ARREST)) {
      ModelEvent target = c.log.of(Kind.AT_LARGE_ARREST).stream()
          .filter(a -> a.day() == e.day()).findFirst().orElseThrow();
      assertTrue(e.person() != target.person());
      assertEquals(target.tract(), c.sim.population().tract(e.person()), "same tract");
      assertEquals(e.tract(), target.tract());
      assertTrue(c.sim.population().isRemovable(e.person()));
      assertTrue(c.state(e.person()) == PersonState.ICE_CUSTODY
          || c.state(e.person()) == PersonState.REMOVED || c.sim.population()
          .releaseStatus(e.person()) == OffenderStatus.RELEASED_BY_ICE, "taken into ICE custody");
      arrests++;
    }
    assertTrue(arrests >= 10, "collateral arrests " + arrests);
    QuietCounty off = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralPerAttempt", 5.0, "collateralArrests", false));
    off.office().openCase(resident(off, 0), off.now);
    off.runUntil(off.now + 2 * attemptDays(off.sim));
    assertEquals(1, off.log.count(Kind.AT_LARGE_ARREST));
    assertEquals(0, off.log.count(Kind.COLLATERAL_ARREST));
  }

  @Test
  void anAttemptBooksExactlyOneTeamAndCountsItsHoursAndCosts() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 10,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralArrests", false, "useOfForceAtLarge", 1.0));
    int p = resident(c, 0);
    c.office().openCase(p, c.now);
    List<IceOfficer> officers = c.office().officers();
    long busy = officers.stream().filter(o -> !o.isFree(c.now)).count();
    assertEquals(c.sim.params().ice().atLargeOfficers(), busy, "one team of eight");
    int tract = c.sim.population().tract(p);
    assertTrue(officers.stream().filter(o -> !o.isFree(c.now)).allMatch(o -> o.tract() == tract
        && o.task(c.now) == IceOfficer.Task.AT_LARGE));
    double hours = 8 * c.sim.params().ice().atLargeHours();
    assertEquals(hours, c.sim.metrics().current(Metric.ICE_OFFICER_HOURS, 0, 0, 0, 1), 1e-9);
    assertEquals(hours * c.sim.params().costs().iceOfficerHour(),
        c.sim.metrics().current(Metric.COSTS, 0, 0, 0, CostItem.ICE_OFFICERS), 1e-6);
    assertEquals(1, c.sim.metrics().current(Metric.AT_LARGE_ATTEMPTS, 0, 0, 0, 0));
    c.runUntil(c.now + attemptDays(c.sim));
    assertEquals(1, c.sim.metrics().current(Metric.AT_LARGE_ARRESTS, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 0));
    assertEquals(1, c.sim.metrics().current(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0,
        CaseClosure.ARRESTED));
    assertEquals(1, c.sim.metrics().current(Metric.USE_OF_FORCE, 0, 0, 0, 0));
    ModelEvent force = c.log.of(Kind.USE_OF_FORCE).get(0);
    assertEquals(tract, force.tract());
  }

  @Test
  void officersBackFromAPickUpTakeUpAWaitingCaseAtOnce() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8, Scenarios.ice("atLargeSuccess", 1.0));
    double start = c.office().reserveTransfer(c.now, c.now + 2);
    double back = start + c.sim.params().ice().transferHours()
        / c.sim.params().ice().hoursPerOfficerDay();
    c.office().openCase(resident(c, 0), c.now);
    c.runUntil(back + 2 * attemptDays(c.sim));
    List<ModelEvent> ops = c.log.of(Kind.AT_LARGE_OPERATION);
    assertEquals(1, ops.size());
    assertEquals(back + attemptDays(c.sim), ops.get(0).day(), 1e-6);
  }

  @Test
  void aCaseExactlyAsOldAsTheExpiryIsStillWorked() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeCaseExpiryDays", 2.0));
    c.officersBusyUntil(c.now + 2.0);
    c.office().openCase(resident(c, 0), c.now);
    c.sim.schedule.scheduleOnce(c.now + 2.0, Orderings.ICE, new IceTaskEnd(c.office(), null));
    c.runUntil(c.now + 2.0 + 2 * attemptDays(c.sim));
    assertEquals(1, c.log.count(Kind.AT_LARGE_OPERATION));
  }

  @Test
  void equalCasesGoByPersonIdAndTheBacklogIsListedInOrder() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralArrests", false));
    c.officersBusyUntil(c.now + 1);
    int low = resident(c, 0);
    int high = resident(c, 1);
    c.office().openCase(high, c.now);
    c.office().openCase(low, c.now);
    assertEquals(List.of(low, high), c.office().openCasePersons());
    c.sim.schedule.scheduleOnce(c.now + 1, Orderings.ICE, new IceTaskEnd(c.office(), null));
    c.runUntil(c.now + 1 + 2.5 * attemptDays(c.sim));
    assertEquals(List.of(low, high), c.log.of(Kind.AT_LARGE_OPERATION).stream()
        .map(ModelEvent::person).toList());
  }

  /**
   * Mean collateral arrests per successful attempt = collateralPerAttempt x the removable
   * density of the target's tract; targets are taken from the densest tract, where it is far
   * from 1.
   */
  @Test
  void collateralArrestsAverageTheRateTimesTheTractsRemovableDensity() {
    ScenarioParams s = Scenarios.county(QuietCounty.scenario(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralPerAttempt", 1.5, "atLargeMaxAttempts", 1)),
        "population", 8_000, "noncitizenClustering", 1.5);
    QuietCounty c = QuietCounty.started(s);
    Jurisdiction j = c.sim.jurisdictions().get(0);
    int densest = 0;
    for (int t = 0; t < j.grid().count(); t++) {
      densest = j.removableDensity(t) > j.removableDensity(densest) ? t : densest;
    }
    double density = j.removableDensity(densest);
    assertTrue(density > 1.3, "densest tract " + density);
    Population pop = c.sim.population();
    int attempts = 0;
    for (int p = 0; p < pop.size() && attempts < 100; p++) {
      if (pop.tract(p) == j.firstTract() + densest && pop.group(p) == Group.UNAUTHORIZED
          && pop.state(p) == PersonState.COMMUNITY) {
        c.office().openCase(p, c.sim.schedule.getTime());
        c.runUntil(c.sim.schedule.getTime() + 1.01 * attemptDays(c.sim));
        attempts++;
      }
    }
    assertEquals(attempts, c.log.count(Kind.AT_LARGE_ARREST));
    double expected = attempts * 1.5 * density;
    long collateral = c.log.count(Kind.COLLATERAL_ARREST);
    assertEquals(expected, collateral, 4 * Math.sqrt(expected), "collateral arrests");
    assertEquals(collateral, c.sim.metrics().total(Metric.COLLATERAL_ARRESTS, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 0) + c.sim.metrics().current(Metric.COLLATERAL_ARRESTS, 0,
        0, Group.UNAUTHORIZED.ordinal(), 0));
  }

  @Test
  void theBacklogIsListedByPersonId() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 0);
    Population pop = c.sim.population();
    int low = -1;
    int high = -1;
    // a pair whose hash order differs from their order: high % 16 < low % 16
    for (int a = 0; a < 16 && high < 0; a++) {
      for (int b = 16; b < pop.size() && high < 0; b++) {
        if (pop.group(a) == Group.UNAUTHORIZED && pop.group(b) == Group.UNAUTHORIZED
            && b % 16 < a % 16) {
          low = a;
          high = b;
        }
      }
    }
    c.office().openCase(high, c.now);
    c.office().openCase(low, c.now);
    assertEquals(List.of(low, high), c.office().openCasePersons());
  }

  @Test
  void noCollateralArrestsWhenTheRateIsZero() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 1.0, "collateralPerAttempt", 0.0));
    c.office().openCase(resident(c, 0), c.now);
    c.runUntil(c.now + 2 * attemptDays(c.sim));
    assertEquals(1, c.log.count(Kind.AT_LARGE_ARREST));
    assertEquals(0, c.log.count(Kind.COLLATERAL_ARREST));
  }

  /** In the second of two counties, local and global tract numbers differ. */
  @Test
  void anOperationInTheSecondCountyShakesTrustInItsOwnTract() {
    ScenarioParams one = QuietCounty.scenario(BundledPolicy.NO_COOPERATION, 8,
        Scenarios.ice("atLargeSuccess", 0.0, "atLargeMaxAttempts", 1));
    JurisdictionParams first = one.jurisdictions().get(0);
    ScenarioParams two = Scenarios.with(one, "jurisdictions", List.of(first,
        Scenarios.with(first, "name", "Second County")));
    QuietCounty c = QuietCounty.started(two);
    Jurisdiction second = c.sim.jurisdictions().get(1);
    Population pop = c.sim.population();
    int p = -1;
    for (int q = pop.size() - 1; q >= 0 && p < 0; q--) {
      p = pop.group(q) == Group.UNAUTHORIZED && second.ownsTract(pop.tract(q)) ? q : -1;
    }
    second.iceOffice().openCase(p, c.now);
    c.runUntil(c.now + 2 * attemptDays(c.sim));
    ModelEvent op = c.log.of(Kind.AT_LARGE_OPERATION).get(0);
    assertEquals(pop.tract(p), op.tract());
    assertEquals(1, op.jurisdiction());
    int local = pop.tract(p) - second.firstTract();
    assertTrue(second.firstTract() > 0);
    assertTrue(second.trust().trust(local, Group.UNAUTHORIZED.ordinal()) < 1);
    assertEquals(1.0, c.sim.jurisdictions().get(0).trust().meanTrust(
        Group.UNAUTHORIZED.ordinal()), 0, "the first county saw nothing");
  }
}
