package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.IceParams;
import org.releasesim.model.param.ScenarioParams;

/**
 * ICE's officers limit what ICE can do (ODD 7.6, 7.7): a jail pick-up needs
 * {@code ice.transferOfficers} of them by the deadline, an at-large attempt
 * {@code ice.atLargeOfficers}; an officer booked for one task is not free for another until it
 * ends.
 */
class IceOfficerCapacityTest {
  private static final double EPS = 1e-9;
  private static final IceParams ICE = IceParams.DEFAULTS;
  private static final double TRANSFER_DAYS = ICE.transferHours() / ICE.hoursPerOfficerDay();

  /**
   * The field office's officers alone: ICE's community operations, which have officers of their
   * own (CommunityEnforcementTest), are switched off.
   */
  private static ScenarioParams county(BundledPolicy policy, int officers) {
    ScenarioParams s = Scenarios.county(TestScenarios.withShares(
        TestScenarios.county(20_000, policy, 71), new GroupShares(0.6, 0.05, 0.35)),
        "iceOfficers", officers);
    return Scenarios.with(s, "ice", Scenarios.with(s.ice(), "communityEnforcement", false));
  }

  private static long jailTransfers(Scenarios.EventLog log) {
    return log.count(Kind.CUSTODIAL_TRANSFER) - DetainerHoldTest.prisonTransfers(log);
  }

  @Test
  void withoutOfficersThereAreNoJailTransfersAndNoAtLargeArrests() {
    for (BundledPolicy policy : BundledPolicy.values()) {
      Scenarios.EventLog log = new Scenarios.EventLog();
      Scenarios.run(county(policy, 0), log);
      assertEquals(0, jailTransfers(log), policy.name());
      assertEquals(0, log.count(Kind.AT_LARGE_OPERATION), policy.name());
      assertEquals(0, log.count(Kind.AT_LARGE_ARREST), policy.name());
      assertEquals(0, log.count(Kind.COLLATERAL_ARREST), policy.name());
      assertTrue(log.count(Kind.TRANSFER_MISSED) > 0 || policy == BundledPolicy.NO_COOPERATION,
          policy + ": the cooperative releases were all missed");
    }
  }

  @Test
  void fewerOfficersThanAPickUpNeedsMakeNoTransfers() {
    Scenarios.EventLog log = new Scenarios.EventLog();
    Scenarios.run(county(BundledPolicy.HONOR_DETAINERS, ICE.transferOfficers() - 1), log);
    assertEquals(0, jailTransfers(log));
    assertTrue(log.count(Kind.TRANSFER_MISSED) > 50);
    assertEquals(0, log.count(Kind.AT_LARGE_OPERATION));
  }

  @Test
  void enoughForPickUpsButTooFewForAnAtLargeTeamMakesTransfersOnly() {
    Scenarios.EventLog log = new Scenarios.EventLog();
    Scenarios.run(county(BundledPolicy.NOTIFY_ONLY, ICE.atLargeOfficers() - 1), log);
    assertTrue(jailTransfers(log) > 50, "transfers " + jailTransfers(log));
    assertTrue(log.count(Kind.AT_LARGE_CASE_OPENED) > 10);
    assertEquals(0, log.count(Kind.AT_LARGE_OPERATION));
  }

  /**
   * Watches every officer through a run where transfers and at-large attempts compete: whenever
   * an officer is booked, the new task starts no earlier than the officer's previous task ended
   * and no earlier than now.
   */
  @Test
  void anOfficerIsNeverOnTwoTasksAtOnce() {
    ScenarioParams params = county(BundledPolicy.NOTIFY_ONLY, 12);
    Scenarios.EventLog log = new Scenarios.EventLog();
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.setEventListener(log);
    sim.start();
    List<IceOfficer> officers = sim.jurisdictions().get(0).iceOffice().officers();
    double[] freeAt = new double[officers.size()];
    java.util.Arrays.fill(freeAt, Double.NEGATIVE_INFINITY);
    double atLargeDays = ICE.atLargeHours() / ICE.hoursPerOfficerDay();
    int[] bookings = new int[2];
    while (sim.advance()) {
      double now = sim.schedule.getTime();
      for (int i = 0; i < officers.size(); i++) {
        IceOfficer o = officers.get(i);
        if (o.freeAt() == freeAt[i]) {
          continue;
        }
        IceOfficer.Task task = o.task(now);
        double start = o.freeAt() - (task == IceOfficer.Task.TRANSFER ? TRANSFER_DAYS
            : atLargeDays);
        assertTrue(task != IceOfficer.Task.IDLE, "booked but idle at " + now);
        assertTrue(start >= freeAt[i] - EPS, "officer " + i + " booked for " + task + " from "
            + start + " while busy until " + freeAt[i]);
        assertTrue(start >= now - 1e-6, "task starting in the past");
        if (task == IceOfficer.Task.AT_LARGE) {
          assertEquals(now, start, 1e-6, "an at-large attempt starts when it is dispatched");
        }
        bookings[task.ordinal() - 1]++;
        freeAt[i] = o.freeAt();
      }
    }
    assertTrue(bookings[0] > 50 && bookings[1] > 50, "transfer bookings " + bookings[0]
        + ", at-large bookings " + bookings[1]);
    assertTrue(log.count(Kind.AT_LARGE_ARREST) > 5);
  }

  @Test
  void aPickUpTakesTheSoonestFreeOfficersAndStartsWhenTheLastOfThemIsFree() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 4);
    double now = c.now;
    c.officersBusyUntil(now + 1, now + 0.5, now + 3, now + 2);
    double start = c.office().reserveTransfer(now, now + 2);
    assertEquals(now + 1, start, EPS);
    List<IceOfficer> o = c.office().officers();
    assertEquals(now + 1 + TRANSFER_DAYS, o.get(0).freeAt(), EPS);
    assertEquals(now + 1 + TRANSFER_DAYS, o.get(1).freeAt(), EPS);
    assertEquals(now + 3, o.get(2).freeAt(), EPS, "not booked");
    assertEquals(now + 2, o.get(3).freeAt(), EPS, "not booked");
    assertEquals(IceOfficer.Task.TRANSFER, o.get(1).task(now + 1));
  }

  @Test
  void officersAlreadyFreeStartAtOnceAndTiesGoToTheLowerId() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 3);
    double start = c.office().reserveTransfer(c.now, c.now + 2);
    assertEquals(c.now, start, EPS);
    List<IceOfficer> o = c.office().officers();
    assertEquals(c.now + TRANSFER_DAYS, o.get(0).freeAt(), EPS);
    assertEquals(c.now + TRANSFER_DAYS, o.get(1).freeAt(), EPS);
    assertTrue(o.get(2).isFree(c.now));
    assertEquals(IceOfficer.Task.IDLE, o.get(2).task(c.now));
  }

  @Test
  void aPickUpThatCannotStartByTheDeadlineBooksNobody() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 3);
    c.officersBusyUntil(c.now + 0.1, c.now + 2.5, c.now + 3);
    assertEquals(Double.POSITIVE_INFINITY, c.office().reserveTransfer(c.now, c.now + 2));
    List<IceOfficer> o = c.office().officers();
    assertEquals(c.now + 0.1, o.get(0).freeAt(), EPS);
    assertEquals(c.now + 2.5, o.get(1).freeAt(), EPS);
    QuietCounty one = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 1);
    assertEquals(Double.POSITIVE_INFINITY, one.office().reserveTransfer(one.now, one.now + 2));
  }

  @Test
  void aPickUpCountsItsOfficerHoursCostsAndAnyUseOfForce() {
    ScenarioParams d = ScenarioParams.DEFAULTS;
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2,
        Scenarios.with(d, "ice", Scenarios.with(d.ice(), "useOfForceTransfer", 1.0)));
    c.office().reserveTransfer(c.now, c.now + 2);
    double hours = ICE.transferOfficers() * ICE.transferHours();
    assertEquals(hours, c.sim.metrics().current(Metric.ICE_OFFICER_HOURS, 0, 0, 0, 0), EPS);
    assertEquals(hours * d.costs().iceOfficerHour(),
        c.sim.metrics().current(Metric.COSTS, 0, 0, 0, CostItem.ICE_OFFICERS), 1e-6);
    assertEquals(1, c.sim.metrics().current(Metric.USE_OF_FORCE, 0, 0, 0, 1));
    QuietCounty calm = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2,
        Scenarios.with(d, "ice", Scenarios.with(d.ice(), "useOfForceTransfer", 0.0)));
    calm.office().reserveTransfer(calm.now, calm.now + 2);
    assertEquals(0, calm.sim.metrics().current(Metric.USE_OF_FORCE, 0, 0, 0, 1));
  }

  @Test
  void anOfficerIsIdleFromTheMomentTheTaskEnds() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2);
    c.office().reserveTransfer(c.now, c.now + 2);
    IceOfficer o = c.office().officers().get(0);
    assertEquals(0, o.id());
    assertEquals(1, c.office().officers().get(1).id());
    assertEquals(IceOfficer.Task.TRANSFER, o.task(o.freeAt() - 1e-6));
    assertEquals(IceOfficer.Task.IDLE, o.task(o.freeAt()));
    assertTrue(o.isFree(o.freeAt()));
    assertEquals(-1, o.tract(), "at the jail");
  }
}
