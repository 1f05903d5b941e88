package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.param.BundledPolicy;
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

  private static PolicyTimeline timeline(double warmupDays, BundledPolicy initial,
      PolicyChange... changes) {
    JurisdictionParams j = Scenarios.with(JurisdictionParams.DEFAULTS, "policy", initial.name(),
        "policyChanges", List.of(changes));
    return new PolicyTimeline(j, ScenarioParams.DEFAULTS::policy, warmupDays, YEAR);
  }

  @Test
  void withoutChangesTheInitialPolicyHoldsThroughout() {
    PolicyTimeline t = timeline(730.5, BundledPolicy.NOTIFY_ONLY);
    for (double day : new double[] {0, 730.5, 1e6}) {
      assertEquals(BundledPolicy.NOTIFY_ONLY.name(), t.policyAt(day).name());
    }
  }

  @Test
  void aChangeTakesEffectOnItsDayCountedFromTheEndOfTheWarmUpAndNotBefore() {
    double warmup = 2 * YEAR;
    PolicyTimeline t = timeline(warmup, BundledPolicy.HONOR_DETAINERS,
        new PolicyChange(1.5, BundledPolicy.NO_COOPERATION.name()));
    double day = warmup + 1.5 * YEAR;
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), t.policyAt(0).name());
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), t.policyAt(1.5 * YEAR).name(),
        "not counted from day 0");
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), t.policyAt(day - 1).name(),
        "the day before");
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), t.policyAt(Math.nextDown(day)).name());
    assertEquals(BundledPolicy.NO_COOPERATION.name(), t.policyAt(day).name(),
        "from the day itself");
    assertEquals(BundledPolicy.NO_COOPERATION.name(), t.policyAt(day + 1000).name());
  }

  @Test
  void severalChangesApplyInTurnAndANegativeYearFallsInTheWarmUp() {
    double warmup = YEAR;
    PolicyTimeline t = timeline(warmup, BundledPolicy.HONOR_DETAINERS,
        new PolicyChange(-0.5, BundledPolicy.NOTIFY_ONLY.name()),
        new PolicyChange(0, BundledPolicy.SERIOUS_ONLY.name()),
        new PolicyChange(2, BundledPolicy.NO_COOPERATION.name()));
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), t.policyAt(0.5 * YEAR - 0.01).name());
    assertEquals(BundledPolicy.NOTIFY_ONLY.name(), t.policyAt(0.5 * YEAR).name());
    assertEquals(BundledPolicy.NOTIFY_ONLY.name(), t.policyAt(warmup - 0.01).name());
    assertEquals(BundledPolicy.SERIOUS_ONLY.name(), t.policyAt(warmup).name());
    assertEquals(BundledPolicy.SERIOUS_ONLY.name(), t.policyAt(warmup + 2 * YEAR - 0.01).name());
    assertEquals(BundledPolicy.NO_COOPERATION.name(), t.policyAt(warmup + 2 * YEAR).name());
  }

  @Test
  void aMidRunSwitchOverridesFromItsDayOnIncludingLaterScheduledChanges() {
    PolicyTimeline t = timeline(YEAR, BundledPolicy.HONOR_DETAINERS,
        new PolicyChange(1, BundledPolicy.NO_COOPERATION.name()));
    t.override(ScenarioParams.DEFAULTS.policy("NOTIFY_ONLY"), 500);
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), t.policyAt(499.99).name());
    assertEquals(BundledPolicy.NOTIFY_ONLY.name(), t.policyAt(500).name());
    assertEquals(BundledPolicy.NOTIFY_ONLY.name(), t.policyAt(3 * YEAR).name());
  }

  /**
   * In a run, every release of a detainer subject before the change is declined (no hold) and
   * every one after it is held: the jail applies the policy in force at the moment of release.
   */
  @Test
  void inARunTheJailAppliesTheOldPolicyUntilTheChangeDayAndTheNewOneFromThen() {
    ScenarioParams base = TestScenarios.county(20_000, BundledPolicy.NO_COOPERATION, 51);
    ScenarioParams params = Scenarios.county(base, "policyChanges",
        List.of(new PolicyChange(0.5, BundledPolicy.HONOR_DETAINERS.name())));
    double changeDay = params.time().warmupDays() + 0.5 * YEAR;
    Scenarios.EventLog log = new Scenarios.EventLog();
    ReleaseSim sim = Scenarios.run(params, log);
    PolicyTimeline timeline = sim.jurisdictions().get(0).policyTimeline();
    assertEquals(BundledPolicy.NO_COOPERATION.name(), timeline.policyAt(changeDay - 1).name());
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), timeline.policyAt(changeDay).name());
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
    ScenarioParams base = TestScenarios.county(3_000, BundledPolicy.NO_COOPERATION, 52);
    ScenarioParams params = Scenarios.with(Scenarios.county(base, "policyChanges",
        List.of(new PolicyChange(1, BundledPolicy.HONOR_DETAINERS.name()))), "trust",
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
