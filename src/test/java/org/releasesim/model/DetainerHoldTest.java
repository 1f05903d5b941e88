package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.ScenarioParams;

/**
 * The detainer hold (ODD 7.6): a jail honouring detainers holds a person ICE wants for at most
 * {@code detainers.holdLimitDays} past release, 48 hours (form I-247A). ICE picks the person up if
 * {@code ice.transferOfficers} officers can be there by then; otherwise the person walks out when
 * the hold runs out, not a moment later.
 */
class DetainerHoldTest {
  /** Form I-247A: 48 hours, in days. Written out here, not read from the model. */
  private static final double FORTY_EIGHT_HOURS = 48.0 / 24.0;
  private static final double EPS = 1e-9;

  @Test
  void theDefaultHoldLimitIsFortyEightHours() {
    assertEquals(FORTY_EIGHT_HOURS, ScenarioParams.DEFAULTS.detainers().holdLimitDays(), 0);
  }

  @Test
  void whenNoOfficerCanComeEveryHoldEndsInReleaseExactlyFortyEightHoursLater() {
    ScenarioParams params = Scenarios.county(
        TestScenarios.county(20_000, BundledPolicy.HONOR_DETAINERS, 31), "iceOfficers", 0);
    Scenarios.EventLog log = new Scenarios.EventLog();
    ReleaseSim sim = Scenarios.run(params, log);
    double end = sim.params().time().endDay();
    Map<Integer, List<ModelEvent>> byPerson = log.byPerson();
    int ended = 0;
    for (ModelEvent hold : log.of(Kind.DETAINER_HOLD)) {
      ModelEvent next = nextHoldOutcome(byPerson.get(hold.person()), hold);
      if (hold.day() + FORTY_EIGHT_HOURS > end) {
        continue;
      }
      assertEquals(Kind.TRANSFER_MISSED, next.kind(), "hold at " + hold.day());
      assertEquals(hold.day() + FORTY_EIGHT_HOURS, next.day(), EPS, "hold at " + hold.day());
      ended++;
    }
    assertTrue(ended >= 30, "holds that ran out: " + ended);
    assertEquals(0, log.count(Kind.CUSTODIAL_TRANSFER) - prisonTransfers(log));
  }

  @Test
  void theHoldLimitIsTheParameterNotAConstant() {
    ScenarioParams base = TestScenarios.county(20_000, BundledPolicy.HONOR_DETAINERS, 32);
    ScenarioParams params = Scenarios.county(Scenarios.with(base, "detainers",
        Scenarios.with(base.detainers(), "holdLimitDays", 0.75)), "iceOfficers", 0);
    Scenarios.EventLog log = new Scenarios.EventLog();
    Scenarios.run(params, log);
    Map<Integer, List<ModelEvent>> byPerson = log.byPerson();
    List<ModelEvent> holds = log.of(Kind.DETAINER_HOLD);
    assertTrue(holds.size() >= 30, "holds: " + holds.size());
    for (ModelEvent hold : holds.subList(0, holds.size() - 1)) {
      assertEquals(hold.day() + 0.75, nextHoldOutcome(byPerson.get(hold.person()), hold).day(),
          EPS);
    }
  }

  /**
   * Officers tied up for ten days by each transfer: a person held while they are away is picked
   * up when they come back if that is within the limit, and released at the limit otherwise.
   */
  @Test
  void withOfficersBusyNoOneIsHeldPastTheLimitAndPickUpsComeAsLateAsTheLimitAllows() {
    ScenarioParams base = TestScenarios.withShares(
        TestScenarios.county(20_000, BundledPolicy.HONOR_DETAINERS, 33),
        new GroupShares(0.6, 0.05, 0.35));
    double hoursPerDay = base.ice().hoursPerOfficerDay();
    ScenarioParams params = Scenarios.county(Scenarios.with(base, "ice", Scenarios.with(
        base.ice(), "transferHours", 10 * hoursPerDay, "atLargeEnforcement", false)),
        "iceOfficers", base.ice().transferOfficers());
    Scenarios.EventLog log = new Scenarios.EventLog();
    ReleaseSim sim = Scenarios.run(params, log);
    double end = sim.params().time().endDay();
    Map<Integer, List<ModelEvent>> byPerson = log.byPerson();
    int waitedLong = 0;
    int missed = 0;
    int immediate = 0;
    for (ModelEvent hold : log.of(Kind.DETAINER_HOLD)) {
      ModelEvent next = nextHoldOutcome(byPerson.get(hold.person()), hold);
      if (next == null) {
        assertTrue(hold.day() + FORTY_EIGHT_HOURS > end, "hold at " + hold.day() + " never ended");
        continue;
      }
      double held = next.day() - hold.day();
      assertTrue(held <= FORTY_EIGHT_HOURS + EPS, "held " + held + " days");
      if (next.kind() == Kind.TRANSFER_MISSED) {
        assertEquals(FORTY_EIGHT_HOURS, held, EPS);
        missed++;
      } else {
        assertEquals(Kind.CUSTODIAL_TRANSFER, next.kind());
        waitedLong += held > 1.0 ? 1 : 0;
        immediate += held < 1e-6 ? 1 : 0;
      }
    }
    assertTrue(missed > 10, "missed " + missed);
    assertTrue(immediate > 10, "picked up at once " + immediate);
    assertTrue(waitedLong > 0, "no pick-up waited more than a day for officers");
  }

  @Test
  void aPickUpBookedJustBeforeTheLimitHappensThen() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2);
    c.officersBusyUntil(c.now + 1.99);
    int p = c.jailedWithDetainer(CrimeType.PROPERTY.ordinal());
    c.sim.jailRelease().release(p, c.now);
    assertEquals(PersonState.DETAINER_HOLD, c.state(p));
    c.runUntil(c.now + 3);
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(List.of(Kind.RELEASE, Kind.DETAINER_HOLD, Kind.CUSTODIAL_TRANSFER),
        events.stream().map(ModelEvent::kind).toList());
    assertEquals(c.now + 1.99, events.get(2).day(), EPS);
    assertEquals(PersonState.ICE_CUSTODY, c.state(p));
  }

  @Test
  void officersFreeExactlyAtTheLimitStillMakeThePickUp() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2);
    c.officersBusyUntil(c.now + FORTY_EIGHT_HOURS);
    int p = c.jailedWithDetainer(CrimeType.PROPERTY.ordinal());
    c.sim.jailRelease().release(p, c.now);
    c.runUntil(c.now + 3);
    ModelEvent last = c.eventsOf(p).get(2);
    assertEquals(Kind.CUSTODIAL_TRANSFER, last.kind());
    assertEquals(c.now + FORTY_EIGHT_HOURS, last.day(), EPS);
  }

  @Test
  void officersFreeJustAfterTheLimitAreTooLateAndThePersonWalksOutAtTheLimit() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2);
    c.officersBusyUntil(c.now + 2.01);
    int p = c.jailedWithDetainer(CrimeType.PROPERTY.ordinal());
    c.sim.jailRelease().release(p, c.now);
    c.runUntil(c.now + 1.999);
    assertEquals(PersonState.DETAINER_HOLD, c.state(p), "still held before the limit");
    c.runUntil(c.now + 5);
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(Kind.TRANSFER_MISSED, events.get(2).kind());
    assertEquals(c.now + FORTY_EIGHT_HOURS, events.get(2).day(), EPS);
    assertEquals(PersonState.COMMUNITY, c.state(p));
    assertEquals(OffenderStatus.RELEASED_TRANSFER_MISSED, c.sim.population().releaseStatus(p));
    assertEquals(c.now + FORTY_EIGHT_HOURS, c.sim.population().releaseDay(p), 1e-3);
  }

  @Test
  void onlyOneOfTheTwoOfficersAPickUpNeedsIsNotEnough() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2);
    c.officersBusyUntil(c.now, c.now + 3);
    int p = c.jailedWithDetainer(CrimeType.PROPERTY.ordinal());
    c.sim.jailRelease().release(p, c.now);
    c.runUntil(c.now + 5);
    assertEquals(Kind.TRANSFER_MISSED, c.eventsOf(p).get(2).kind());
  }

  /** The event that ends a hold: the person's next transfer or missed transfer after it. */
  static ModelEvent nextHoldOutcome(List<ModelEvent> personEvents, ModelEvent hold) {
    boolean after = false;
    for (ModelEvent e : personEvents) {
      if (e == hold) {
        after = true;
      } else if (after && (e.kind() == Kind.CUSTODIAL_TRANSFER
          || e.kind() == Kind.TRANSFER_MISSED)) {
        return e;
      } else if (after) {
        throw new AssertionError("event " + e + " came during the hold at " + hold.day());
      }
    }
    return null;
  }

  static long prisonTransfers(Scenarios.EventLog log) {
    return log.of(Kind.CUSTODIAL_TRANSFER).stream().filter(e -> e.detail().equals("prison"))
        .count();
  }
}
