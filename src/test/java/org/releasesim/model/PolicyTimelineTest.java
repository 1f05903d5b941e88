package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.PolicyChange;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * Policy changes (ODD 7.6, {@code jurisdictions[].policyChanges}): a change with {@code fromYear}
 * y takes effect at schedule day warm-up + y x 365.25, counted from the end of the warm-up; the
 * policy in force before that is the previous one.
 */
class PolicyTimelineTest {
  private static final double YEAR = TimeParams.DAYS_PER_YEAR;

  private static PolicyTimeline timeline(double warmupDays, ReleasePolicy initial,
      PolicyChange... changes) {
    JurisdictionParams j = Scenarios.with(JurisdictionParams.DEFAULTS, "policy", initial,
        "policyChanges", List.of(changes));
    return new PolicyTimeline(j, warmupDays, YEAR);
  }

  @Test
  void withoutChangesTheInitialPolicyHoldsThroughout() {
    PolicyTimeline t = timeline(730.5, ReleasePolicy.NOTIFY_ONLY);
    for (double day : new double[] {0, 730.5, 1e6}) {
      assertEquals(ReleasePolicy.NOTIFY_ONLY, t.policyAt(day));
    }
  }

  @Test
  void aChangeTakesEffectOnItsDayCountedFromTheEndOfTheWarmUpAndNotBefore() {
    double warmup = 2 * YEAR;
    PolicyTimeline t = timeline(warmup, ReleasePolicy.HONOR_DETAINERS,
        new PolicyChange(1.5, ReleasePolicy.NO_COOPERATION));
    double day = warmup + 1.5 * YEAR;
    assertEquals(ReleasePolicy.HONOR_DETAINERS, t.policyAt(0));
    assertEquals(ReleasePolicy.HONOR_DETAINERS, t.policyAt(1.5 * YEAR), "not counted from day 0");
    assertEquals(ReleasePolicy.HONOR_DETAINERS, t.policyAt(day - 1), "the day before");
    assertEquals(ReleasePolicy.HONOR_DETAINERS, t.policyAt(Math.nextDown(day)));
    assertEquals(ReleasePolicy.NO_COOPERATION, t.policyAt(day), "from the day itself");
    assertEquals(ReleasePolicy.NO_COOPERATION, t.policyAt(day + 1000));
  }

  @Test
  void severalChangesApplyInTurnAndANegativeYearFallsInTheWarmUp() {
    double warmup = YEAR;
    PolicyTimeline t = timeline(warmup, ReleasePolicy.HONOR_DETAINERS,
        new PolicyChange(-0.5, ReleasePolicy.NOTIFY_ONLY),
        new PolicyChange(0, ReleasePolicy.SERIOUS_ONLY),
        new PolicyChange(2, ReleasePolicy.NO_COOPERATION));
    assertEquals(ReleasePolicy.HONOR_DETAINERS, t.policyAt(0.5 * YEAR - 0.01));
    assertEquals(ReleasePolicy.NOTIFY_ONLY, t.policyAt(0.5 * YEAR));
    assertEquals(ReleasePolicy.NOTIFY_ONLY, t.policyAt(warmup - 0.01));
    assertEquals(ReleasePolicy.SERIOUS_ONLY, t.policyAt(warmup));
    assertEquals(ReleasePolicy.SERIOUS_ONLY, t.policyAt(warmup + 2 * YEAR - 0.01));
    assertEquals(ReleasePolicy.NO_COOPERATION, t.policyAt(warmup + 2 * YEAR));
  }

  @Test
  void aMidRunSwitchOverridesFromItsDayOnIncludingLaterScheduledChanges() {
    PolicyTimeline t = timeline(YEAR, ReleasePolicy.HONOR_DETAINERS,
        new PolicyChange(1, ReleasePolicy.NO_COOPERATION));
    t.override(ReleasePolicy.NOTIFY_ONLY, 500);
    assertEquals(ReleasePolicy.HONOR_DETAINERS, t.policyAt(499.99));
    assertEquals(ReleasePolicy.NOTIFY_ONLY, t.policyAt(500));
    assertEquals(ReleasePolicy.NOTIFY_ONLY, t.policyAt(3 * YEAR));
  }

  /**
   * In a run, every release of a detainer subject before the change is declined (no hold) and
   * every one after it is held: the jail applies the policy in force at the moment of release.
   */
  @Test
  void inARunTheJailAppliesTheOldPolicyUntilTheChangeDayAndTheNewOneFromThen() {
    ScenarioParams base = TestScenarios.county(20_000, ReleasePolicy.NO_COOPERATION, 51);
    ScenarioParams params = Scenarios.county(base, "policyChanges",
        List.of(new PolicyChange(0.5, ReleasePolicy.HONOR_DETAINERS)));
    double changeDay = params.time().warmupDays() + 0.5 * YEAR;
    Scenarios.EventLog log = new Scenarios.EventLog();
    ReleaseSim sim = Scenarios.run(params, log);
    PolicyTimeline timeline = sim.jurisdictions().get(0).policyTimeline();
    assertEquals(ReleasePolicy.NO_COOPERATION, timeline.policyAt(changeDay - 1));
    assertEquals(ReleasePolicy.HONOR_DETAINERS, timeline.policyAt(changeDay));
    Map<Integer, List<ModelEvent>> byPerson = log.byPerson();
    int before = 0;
    int after = 0;
    for (ModelEvent release : log.of(Kind.RELEASE)) {
      if (!release.detail().equals("detainer on file")) {
        continue;
      }
      boolean held = byPerson.get(release.person()).stream().anyMatch(
          e -> e.kind() == Kind.DETAINER_HOLD && e.day() == release.day());
      if (release.day() < changeDay) {
        assertTrue(!held, "held at " + release.day() + " before the change at " + changeDay);
        before++;
      } else {
        assertTrue(held, "not held at " + release.day() + " after the change at " + changeDay);
        after++;
      }
    }
    assertTrue(before > 20 && after > 20, "releases before " + before + ", after " + after);
  }

  @Test
  void trustStartsMovingOnlyWhenThePolicyChanges() {
    ScenarioParams base = TestScenarios.county(3_000, ReleasePolicy.NO_COOPERATION, 52);
    ScenarioParams params = Scenarios.with(Scenarios.county(base, "policyChanges",
        List.of(new PolicyChange(1, ReleasePolicy.HONOR_DETAINERS))), "trust",
        Scenarios.with(base.trust(), "enforcementVisibility", false));
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.start();
    double changeDay = params.time().warmupDays() + YEAR;
    while (sim.schedule.getTime() < changeDay - 0.5) {
      sim.advance();
    }
    TrustField trust = sim.jurisdictions().get(0).trust();
    assertEquals(1.0, trust.meanTrust(Group.UNAUTHORIZED.ordinal()), 0, "before the change");
    while (sim.schedule.getTime() < changeDay + 10) {
      sim.advance();
    }
    double chill = params.trust().unauthorizedChill();
    // daily updates at the ten or eleven whole days from the change on
    double ten = 1 - chill * (1 - Math.exp(-10 / params.trust().adjustmentDays()));
    double eleven = 1 - chill * (1 - Math.exp(-11 / params.trust().adjustmentDays()));
    double now = trust.meanTrust(Group.UNAUTHORIZED.ordinal());
    assertTrue(now <= ten + 1e-12 && now >= eleven - 1e-12, "trust " + now);
  }
}
