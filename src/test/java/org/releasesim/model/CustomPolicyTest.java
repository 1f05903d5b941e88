package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.PolicyCoverage;
import org.releasesim.model.param.ReleasePolicy;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TrustParams;

/**
 * A release policy defined in a scenario acts through its fields alone (ODD 7.6): written out to
 * match a bundled policy it gives the same run; its coverage picks exactly the people it names;
 * a hold lasts its own limit; its notice timing replaces ICE's; its cooperation level sets trust
 * as the bundled levels do. The copies of the bundled policies are written from ODD 7.6, not read
 * off their definitions.
 */
class CustomPolicyTest {
  private static final double EPS = 1e-9;
  private static final int PROPERTY = CrimeType.PROPERTY.ordinal();
  private static final int VIOLENT = CrimeType.VIOLENT.ordinal();
  private static final PolicyCoverage NOBODY = new PolicyCoverage(false, false, false, false,
      false);
  private static final PolicyCoverage EVERYONE = new PolicyCoverage(true, false, false, false,
      false);
  private static final PolicyCoverage VIOLENT_RECORD = new PolicyCoverage(false, false, true,
      false, false);

  /** {@code s} with the policy defined and in force in every jurisdiction from the start. */
  static ScenarioParams under(ScenarioParams s, ReleasePolicy policy) {
    ScenarioParams defined = Scenarios.with(s, "policies", List.of(policy));
    return Scenarios.county(defined, "policy", policy.name(), "policyChanges", List.of());
  }

  private static ReleasePolicy policy(String name, PolicyCoverage covers, Double noticeInTime,
      boolean hold, Double holdHours, double cooperation) {
    return new ReleasePolicy(name, covers, noticeInTime, hold, holdHours, true, cooperation);
  }

  /** Each bundled policy as a researcher would write it from ODD 7.6. */
  private static ReleasePolicy writtenOut(BundledPolicy bundled, TrustParams trust) {
    return switch (bundled) {
      case HONOR_DETAINERS -> policy("MY_HONOR", EVERYONE, null, true, null, 1);
      case NOTIFY_ONLY -> policy("MY_NOTIFY", EVERYONE, null, false, null,
          trust.notifyOnlyCooperation());
      case SERIOUS_ONLY -> policy("MY_SERIOUS", new PolicyCoverage(false, true, true, false,
          false), null, true, null, trust.seriousOnlyCooperation());
      case NO_COOPERATION -> policy("MY_NONE", NOBODY, null, false, null, 0);
    };
  }

  @Test
  void eachBundledPolicyWrittenOutAsDataRunsExactlyAsTheBundledOne() {
    for (BundledPolicy bundled : BundledPolicy.values()) {
      ScenarioParams base = TestScenarios.county(20_000, bundled, 61);
      ScenarioParams copy = under(base, writtenOut(bundled, base.trust()));
      ReleaseSim a = TestScenarios.run(base);
      ReleaseSim b = TestScenarios.run(copy);
      assertEquals(ModelRunTest.summary(a), ModelRunTest.summary(b), bundled.name());
      assertTrue(ModelRunTest.total(ModelRunTest.summary(a), "detainers_lodged") > 20,
          "detainers were lodged under " + bundled);
      assertEquals(a.jurisdictions().get(0).trust().meanTrust(Group.UNAUTHORIZED.ordinal()),
          b.jurisdictions().get(0).trust().meanTrust(Group.UNAUTHORIZED.ordinal()), 0.0,
          bundled + ": same trust");
    }
  }

  @Test
  void coverageTakesInAPersonIfAnyCriterionSwitchedOnApplies() {
    PolicyCoverage chargeOrRemoval = new PolicyCoverage(false, true, false, false, true);
    assertTrue(chargeOrRemoval.covers(true, false, false, false));
    assertTrue(chargeOrRemoval.covers(false, false, false, true));
    assertFalse(chargeOrRemoval.covers(false, true, true, false), "convictions are not named");
    assertTrue(EVERYONE.covers(false, false, false, false));
    assertFalse(NOBODY.covers(true, true, true, true));
    assertFalse(NOBODY.anybody());
    assertTrue(new PolicyCoverage(false, false, false, true, false).covers(false, false, true,
        false), "any conviction");
  }

  @Test
  void aPolicyCoveringViolentConvictionsNotifiesForExactlyThosePeople() {
    QuietCounty c = QuietCounty.of(policy("PRIOR_VIOLENT", VIOLENT_RECORD, null, true, null,
        0.3), 2, ScenarioParams.DEFAULTS);
    Population pop = c.sim.population();
    int violentRecord = c.jailedWithDetainer(PROPERTY);
    pop.addConviction(violentRecord);
    pop.set(violentRecord, Population.VIOLENT_CONVICTION, true);
    int violentCharge = c.jailedWithDetainer(VIOLENT);
    int otherRecord = c.jailedWithDetainer(PROPERTY);
    pop.addConviction(otherRecord);
    int removedBefore = c.jailedWithDetainer(PROPERTY);
    pop.set(removedBefore, Population.PRIOR_REMOVAL, true);
    int noRecord = c.jailedWithDetainer(PROPERTY);
    for (int p : List.of(violentRecord, violentCharge, otherRecord, removedBefore, noRecord)) {
      c.sim.jailRelease().release(p, c.now);
    }
    assertEquals(PersonState.DETAINER_HOLD, c.state(violentRecord));
    for (int p : List.of(violentCharge, otherRecord, removedBefore, noRecord)) {
      assertEquals(PersonState.COMMUNITY, c.state(p));
      assertEquals(OffenderStatus.RELEASED_DETAINER_DECLINED, pop.releaseStatus(p));
    }
    int unauthorized = Group.UNAUTHORIZED.ordinal();
    assertEquals(1, c.sim.metrics().current(Metric.NOTIFICATIONS, 0, 0, 0, 0));
    assertEquals(4, c.sim.metrics().current(Metric.DETAINERS_DECLINED, 0, 0, unauthorized, 0));
  }

  @Test
  void aPolicyCoveringPriorRemovalsTakesInThoseAndNobodyElse() {
    QuietCounty c = QuietCounty.of(policy("REMOVED_BEFORE", new PolicyCoverage(false, false,
        false, false, true), null, false, null, 0.2), 2, Scenarios.ice("noticeInTimeProbability", 1.0));
    int removedBefore = c.jailedWithDetainer(PROPERTY);
    c.sim.population().set(removedBefore, Population.PRIOR_REMOVAL, true);
    int violent = c.jailedWithDetainer(VIOLENT);
    c.sim.jailRelease().release(removedBefore, c.now);
    c.sim.jailRelease().release(violent, c.now);
    assertEquals(List.of(Kind.RELEASE, Kind.CUSTODIAL_TRANSFER), Scenarios.kinds(c.eventsOf(removedBefore)));
    assertEquals(OffenderStatus.RELEASED_DETAINER_DECLINED,
        c.sim.population().releaseStatus(violent));
  }

  /**
   * Over a whole run, every person held is one whose violent conviction was on record at the
   * moment of release, and every such release with a detainer is held.
   */
  @Test
  void overAWholeRunOnlyViolentConvictionsAreHeld() {
    ScenarioParams s = under(TestScenarios.county(30_000, BundledPolicy.NO_COOPERATION, 62),
        policy("PRIOR_VIOLENT", VIOLENT_RECORD, null, true, null, 0.3));
    CoverageWatch watch = new CoverageWatch();
    ReleaseSim sim = new ReleaseSim(s, null);
    watch.sim = sim;
    sim.setEventListener(watch);
    sim.runToEnd();
    assertTrue(watch.coveredReleases > 5, "violent records released: " + watch.coveredReleases);
    assertTrue(watch.uncoveredReleases > watch.coveredReleases, "others released too");
    assertEquals(watch.coveredReleases, watch.holds);
    assertEquals(List.of(), watch.wrongHolds);
  }

  /** Notes, at each release of a detainer subject, whether the person had a violent record. */
  private static final class CoverageWatch implements ModelEvent.Listener {
    ReleaseSim sim;
    final Map<Integer, Boolean> released = new HashMap<>();
    final List<Integer> wrongHolds = new ArrayList<>();
    int coveredReleases;
    int uncoveredReleases;
    int holds;

    @Override
    public void happened(ModelEvent e) {
      if (e.kind() == Kind.RELEASE && sim.population().hasDetainer(e.person())) {
        boolean covered = sim.population().hasViolentConviction(e.person());
        released.put(e.person(), covered);
        coveredReleases += covered ? 1 : 0;
        uncoveredReleases += covered ? 0 : 1;
      } else if (e.kind() == Kind.DETAINER_HOLD) {
        holds++;
        if (!Boolean.TRUE.equals(released.remove(e.person()))) {
          wrongHolds.add(e.person());
        }
      }
    }
  }

  @Test
  void aTwentyFourHourHoldEndsAfterOneDayWhereTheDetainersLimitWouldBeTwo() {
    ReleasePolicy day = policy("HOLD_24H", EVERYONE, null, true, 24.0, 1);
    QuietCounty c = QuietCounty.of(day, 2, ScenarioParams.DEFAULTS);
    c.officersBusyUntil(c.now + 5);
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.jailRelease().release(p, c.now);
    c.runUntil(c.now + 0.999);
    assertEquals(PersonState.DETAINER_HOLD, c.state(p), "held until the limit");
    c.runUntil(c.now + 3);
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(List.of(Kind.RELEASE, Kind.DETAINER_HOLD, Kind.TRANSFER_MISSED),
        Scenarios.kinds(events).subList(0, 3));
    assertEquals(c.now + 1.0, events.get(2).day(), EPS);

    ReleasePolicy unset = policy("HOLD_DETAINER_LIMIT", EVERYONE, null, true, null, 1);
    QuietCounty d = QuietCounty.of(unset, 2, ScenarioParams.DEFAULTS);
    d.officersBusyUntil(d.now + 5);
    int q = d.jailedWithDetainer(PROPERTY);
    d.sim.jailRelease().release(q, d.now);
    d.runUntil(d.now + 3);
    assertEquals(d.now + 2.0, d.eventsOf(q).get(2).day(), EPS, "unset: detainers.holdLimitDays");
  }

  @Test
  void aPickUpOfficersCanMakeAfterADayIsMadeOnlyUnderTheLongerHold() {
    for (double hours : new double[] {24, 36}) {
      QuietCounty c = QuietCounty.of(policy("HOLD", EVERYONE, null, true, hours, 1), 2,
          ScenarioParams.DEFAULTS);
      c.officersBusyUntil(c.now + 1.25);
      int p = c.jailedWithDetainer(PROPERTY);
      c.sim.jailRelease().release(p, c.now);
      c.runUntil(c.now + 3);
      Kind end = c.eventsOf(p).get(2).kind();
      assertEquals(hours < 30 ? Kind.TRANSFER_MISSED : Kind.CUSTODIAL_TRANSFER, end,
          hours + " hours");
    }
  }

  @Test
  void aPolicysNoticeTimingReplacesIcesAndUnsetLeavesIcesOwn() {
    ScenarioParams lateNotice = Scenarios.ice("noticeInTimeProbability", 0.0, "atLargeCaseProbability",
        0.0);
    QuietCounty ahead = QuietCounty.of(policy("AHEAD", EVERYONE, 1.0, false, null, 0.5), 2,
        lateNotice);
    int p = ahead.jailedWithDetainer(PROPERTY);
    ahead.sim.jailRelease().release(p, ahead.now);
    assertEquals(List.of(Kind.RELEASE, Kind.CUSTODIAL_TRANSFER), Scenarios.kinds(ahead.eventsOf(p)));

    QuietCounty usual = QuietCounty.of(policy("USUAL", EVERYONE, null, false, null, 0.5), 2,
        lateNotice);
    int q = usual.jailedWithDetainer(PROPERTY);
    usual.sim.jailRelease().release(q, usual.now);
    assertEquals(List.of(Kind.RELEASE, Kind.TRANSFER_MISSED), Scenarios.kinds(usual.eventsOf(q)));

    QuietCounty late = QuietCounty.of(policy("LATE", EVERYONE, 0.0, false, null, 0.5), 2,
        Scenarios.ice("noticeInTimeProbability", 1.0, "atLargeCaseProbability", 0.0));
    int r = late.jailedWithDetainer(PROPERTY);
    late.sim.jailRelease().release(r, late.now);
    assertEquals(List.of(Kind.RELEASE, Kind.TRANSFER_MISSED), Scenarios.kinds(late.eventsOf(r)));
  }
}
