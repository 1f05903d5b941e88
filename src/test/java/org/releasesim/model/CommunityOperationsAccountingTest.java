package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.ForceSetting;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.OfficerTask;
import org.releasesim.model.metrics.OperationOutcome;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * What ICE's community operations count (ODD 7.13), in a county where ICE lodges no detainers,
 * so that every officer-hour, cost, use of force and ICE arrest comes from those operations:
 * each operation books its team's hours and their cost; its outcomes add up to the operations
 * run and match the events told; a success is an arrest into ICE custody counted as independent
 * of any jail release; force is used at its probability per attempt; and a community arrest
 * brings collateral arrests unless their rate is 0.
 */
class CommunityOperationsAccountingTest {
  private static final int RESIDENTS = 150_000;

  private static ScenarioParams county(double collateralPerAttempt) {
    return county(collateralPerAttempt, TestScenarios.county(RESIDENTS,
        BundledPolicy.NO_COOPERATION, 31));
  }

  private static ScenarioParams county(double collateralPerAttempt, ScenarioParams base) {
    ScenarioParams s = base;
    s = RecordCopy.with(s, "time", new TimeParams(1, 8, 7));
    s = RecordCopy.with(s, "detainers", RecordCopy.with(s.detainers(), "enabled", false));
    return RecordCopy.with(s, "ice", Scenarios.with(s.ice(), "communityEnforcement", true,
        "collateralPerAttempt", collateralPerAttempt));
  }

  private static final class Run {
    final ReleaseSim sim;
    final Scenarios.EventLog log = new Scenarios.EventLog();

    Run(ScenarioParams s) {
      sim = new ReleaseSim(s, null);
      sim.setEventListener(log);
      sim.runToEnd();
    }

    double total(Metric m, Enum<?> status) {
      return CommunityEnforcementTest.status(sim, m, status);
    }

    /** Events of the kind told after the warm-up, the period the metrics record. */
    long told(Kind kind, String detail) {
      double recorded = sim.params().time().warmupYears() * TimeParams.DAYS_PER_YEAR;
      return log.of(kind).stream().filter(e -> detail.equals(e.detail()) && e.day() >= recorded)
          .count();
    }
  }

  @Test
  void eachOperationBooksItsTeamsHoursAndTheirCost() {
    Run r = new Run(county(0.3));
    ScenarioParams s = r.sim.params();
    double operations = 0;
    for (OperationOutcome o : OperationOutcome.values()) {
      operations += r.total(Metric.COMMUNITY_OPERATIONS, o);
    }
    assertTrue(operations > 50, "operations " + operations);
    double hours = operations * s.ice().atLargeOfficers() * s.ice().atLargeHours();
    assertEquals(hours, r.total(Metric.ICE_OFFICER_HOURS, OfficerTask.COMMUNITY), 1e-6);
    assertEquals(0, r.total(Metric.ICE_OFFICER_HOURS, OfficerTask.TRANSFER), "no detainers");
    assertEquals(hours * s.costs().iceOfficerHour(),
        r.total(Metric.COSTS, CostItem.ICE_OFFICERS), 1e-6);
  }

  @Test
  void outcomesAddUpToTheAttemptsToldAndEachSuccessIsAnIndependentArrest() {
    Run r = new Run(county(0.3));
    double arrested = r.total(Metric.COMMUNITY_OPERATIONS, OperationOutcome.ARRESTED);
    double notFound = r.total(Metric.COMMUNITY_OPERATIONS, OperationOutcome.NOT_FOUND);
    double noTarget = r.total(Metric.COMMUNITY_OPERATIONS, OperationOutcome.NO_TARGET);
    long attempts = r.told(Kind.AT_LARGE_OPERATION, "community");
    assertTrue(arrested > 50 && notFound > 30, arrested + " arrested, " + notFound + " not found");
    assertTrue(noTarget >= 0);
    assertEquals(attempts, arrested + notFound, "every attempt on a target ends one way");
    assertEquals(arrested, r.told(Kind.AT_LARGE_ARREST, "community"));
    assertEquals(arrested, r.total(Metric.ICE_ARRESTS, IceArrestOrigin.AT_LARGE_INDEPENDENT));
    double p = r.sim.params().ice().atLargeSuccess();
    assertEquals(attempts * p, arrested, 4 * Math.sqrt(attempts * p * (1 - p)),
        "success rate per attempt");
  }

  @Test
  void forceIsUsedAtItsProbabilityPerAttemptAndCountedOnce() {
    ScenarioParams s = county(0.3);
    // raised from the default so that the count is large enough to test
    Run r = new Run(RecordCopy.with(s, "ice", RecordCopy.with(s.ice(), "useOfForceAtLarge",
        0.3)));
    long attempts = r.told(Kind.AT_LARGE_OPERATION, "community");
    double force = r.total(Metric.USE_OF_FORCE, ForceSetting.AT_LARGE);
    assertEquals(force, r.told(Kind.USE_OF_FORCE, "community"));
    double p = r.sim.params().ice().useOfForceAtLarge();
    assertTrue(force > 20, "uses of force " + force);
    assertEquals(attempts * p, force, 4 * Math.sqrt(attempts * p * (1 - p)),
        "use of force per attempt");
  }

  @Test
  void communityArrestsBringCollateralArrestsUnlessTheirRateIsZero() {
    Run with = new Run(county(0.5));
    assertTrue(with.total(Metric.ICE_ARRESTS, IceArrestOrigin.COLLATERAL) > 5,
        "collateral arrests after community arrests");
    Run without = new Run(county(0.0));
    assertEquals(0, without.total(Metric.ICE_ARRESTS, IceArrestOrigin.COLLATERAL));
  }

  @Test
  void inACountyOfCitizensEveryOperationFindsNoTarget() {
    ScenarioParams citizens = TestScenarios.withShares(TestScenarios.county(RESIDENTS,
        BundledPolicy.NO_COOPERATION, 32), new org.releasesim.model.param.GroupShares(1, 0, 0));
    Run r = new Run(county(0.3, citizens));
    ScenarioParams s = r.sim.params();
    double operations = r.total(Metric.ICE_OFFICER_HOURS, OfficerTask.COMMUNITY)
        / (s.ice().atLargeOfficers() * s.ice().atLargeHours());
    assertTrue(operations > 50, "operations " + operations);
    assertEquals(operations, r.total(Metric.COMMUNITY_OPERATIONS, OperationOutcome.NO_TARGET),
        1e-6);
    assertEquals(0, r.told(Kind.AT_LARGE_OPERATION, "community"));
  }

  @Test
  void inASecondCountyAnOperationShakesTrustInTheTractOfItsTarget() {
    ScenarioParams one = county(0.3);
    org.releasesim.model.param.JurisdictionParams first = one.jurisdictions().get(0);
    ScenarioParams two = TestScenarios.with(one, java.util.List.of(first,
        first.withName("Second County")), one.time(), 33);
    ReleaseSim sim = new ReleaseSim(two, null);
    Scenarios.EventLog log = new Scenarios.EventLog();
    sim.setEventListener(log);
    sim.runToEnd();
    Jurisdiction second = sim.jurisdictions().get(1);
    int firstTract = second.firstTract();
    assertTrue(firstTract > 0, "the second county's tracts follow the first's");
    long inSecond = 0;
    for (ModelEvent e : log.of(Kind.AT_LARGE_OPERATION)) {
      if (e.jurisdiction() == 1 && "community".equals(e.detail())) {
        inSecond++;
        assertTrue(e.tract() >= firstTract && e.tract() < firstTract + second.grid().count(),
            "the target lives in the second county: tract " + e.tract());
      }
    }
    assertTrue(inSecond > 20, "operations in the second county: " + inSecond);
    // trust fell somewhere in the second county (its operations' shocks land in its own grid)
    double lowest = 1;
    for (int t = 0; t < second.grid().count(); t++) {
      lowest = Math.min(lowest, second.trust().trust(t, Group.UNAUTHORIZED.ordinal()));
    }
    assertTrue(lowest < 1, "trust shaken in the second county");
  }
}
