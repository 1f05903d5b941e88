package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.ScenarioParams;

/**
 * What the jail does at the release of a person ICE wants, under each policy (ODD 7.6), in a
 * county where nothing else happens, so that each event and its time follow from the rule alone.
 */
class JailReleaseTest {
  private static final double EPS = 1e-9;
  private static final int PROPERTY = CrimeType.PROPERTY.ordinal();
  private static final int VIOLENT = CrimeType.VIOLENT.ordinal();

  @Test
  void notifyOnlyHandsThePersonOverAtTheDoorWhenOfficersCanComeWithinTheWindow() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NOTIFY_ONLY, 2,
        Scenarios.ice("noticeInTimeProbability", 1.0, "pickupWindowWithoutHoldDays", 0.25));
    c.officersBusyUntil(c.now + 0.25);
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.jailRelease().release(p, c.now);
    assertEquals(List.of(Kind.RELEASE, Kind.CUSTODIAL_TRANSFER), Scenarios.kinds(c.eventsOf(p)));
    assertEquals(PersonState.ICE_CUSTODY, c.state(p));
    assertEquals(1, c.sim.metrics().current(Metric.NOTIFICATIONS, 0, 0, 0, 0));
    assertEquals(1, c.sim.metrics().current(Metric.DETAINERS_HONOURED, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 0));
  }

  @Test
  void notifyOnlyMissesThePersonWhenOfficersComeAfterTheWindowAndNobodyIsHeld() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NOTIFY_ONLY, 2,
        Scenarios.ice("noticeInTimeProbability", 1.0, "pickupWindowWithoutHoldDays", 0.25,
            "atLargeCaseProbability", 0.0));
    c.officersBusyUntil(c.now + 0.26);
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.jailRelease().release(p, c.now);
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(List.of(Kind.RELEASE, Kind.TRANSFER_MISSED), Scenarios.kinds(events));
    assertEquals(c.now, events.get(1).day(), EPS);
    assertEquals(PersonState.COMMUNITY, c.state(p));
    assertEquals(OffenderStatus.RELEASED_TRANSFER_MISSED, c.sim.population().releaseStatus(p));
    assertFalse(c.sim.population().hasDetainer(p), "the detainer lapses at release");
    assertEquals(1, c.sim.metrics().current(Metric.TRANSFERS_MISSED, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 0));
  }

  @Test
  void notifyOnlyNoticeThatComesTooLateMissesEvenWithOfficersFree() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NOTIFY_ONLY, 2,
        Scenarios.ice("noticeInTimeProbability", 0.0, "atLargeCaseProbability", 0.0));
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.jailRelease().release(p, c.now);
    assertEquals(List.of(Kind.RELEASE, Kind.TRANSFER_MISSED), Scenarios.kinds(c.eventsOf(p)));
  }

  @Test
  void noCooperationReleasesAtOnceAndIceLearnsOnlyAfterTheDiscoveryDelay() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 2,
        Scenarios.ice("atLargeCaseProbability", 1.0, "discoveryDelayDays", 14.0));
    int p = c.jailedWithDetainer(VIOLENT);
    c.sim.jailRelease().release(p, c.now);
    assertEquals(PersonState.COMMUNITY, c.state(p));
    assertEquals(OffenderStatus.RELEASED_DETAINER_DECLINED, c.sim.population().releaseStatus(p));
    assertEquals(1, c.sim.metrics().current(Metric.DETAINERS_DECLINED, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 0));
    assertEquals(0, c.sim.metrics().current(Metric.NOTIFICATIONS, 0, 0, 0, 0));
    c.runUntil(c.now + 20);
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(List.of(Kind.RELEASE, Kind.AT_LARGE_CASE_OPENED), Scenarios.kinds(events));
    assertEquals(c.now + 14.0, events.get(1).day(), EPS);
    assertEquals(1, c.office().openCases());
  }

  @Test
  void noCaseOpensOnADeclinedReleaseBackInJailWhenIceFindsOut() {
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 2,
        Scenarios.ice("atLargeCaseProbability", 1.0, "discoveryDelayDays", 14.0));
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.jailRelease().release(p, c.now);
    c.sim.moveTo(p, PersonState.JAIL_PRETRIAL, 0, c.now);
    c.sim.schedulePerson(p, PersonEvent.Kind.CASE_DISCOVERY, c.now + 14.0);
    c.runUntil(c.now + 20);
    assertEquals(0, c.log.count(Kind.AT_LARGE_CASE_OPENED));
  }

  @Test
  void atLargeCasesOpenOnlyWithTheirProbabilityAndSwitch() {
    for (ScenarioParams s : List.of(Scenarios.ice("atLargeCaseProbability", 0.0),
        Scenarios.ice("atLargeCaseProbability", 1.0, "atLargeEnforcement", false))) {
      QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 2, s);
      int p = c.jailedWithDetainer(PROPERTY);
      c.sim.jailRelease().release(p, c.now);
      c.runUntil(c.now + 30);
      assertEquals(0, c.log.count(Kind.AT_LARGE_CASE_OPENED));
    }
  }

  @Test
  void aMissedTransferOpensAnAtLargeCaseAtOnce() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2,
        Scenarios.ice("atLargeCaseProbability", 1.0));
    c.officersBusyUntil(c.now + 5);
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.jailRelease().release(p, c.now);
    c.runUntil(c.now + 3);
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(List.of(Kind.RELEASE, Kind.DETAINER_HOLD, Kind.TRANSFER_MISSED,
        Kind.AT_LARGE_CASE_OPENED), Scenarios.kinds(events));
    assertEquals(events.get(2).day(), events.get(3).day(), EPS);
  }

  @Test
  void seriousOnlyHoldsViolentCasesAndDeclinesTheRest() {
    QuietCounty c = QuietCounty.of(BundledPolicy.SERIOUS_ONLY, 2);
    int violent = c.jailedWithDetainer(VIOLENT);
    c.sim.jailRelease().release(violent, c.now);
    assertEquals(PersonState.DETAINER_HOLD, c.state(violent));
    int property = c.jailedWithDetainer(PROPERTY);
    c.sim.jailRelease().release(property, c.now);
    assertEquals(PersonState.COMMUNITY, c.state(property));
    assertEquals(OffenderStatus.RELEASED_DETAINER_DECLINED,
        c.sim.population().releaseStatus(property));
    int convicted = c.jailedWithDetainer(PROPERTY);
    c.sim.population().set(convicted, Population.VIOLENT_CONVICTION, true);
    c.sim.jailRelease().release(convicted, c.now);
    assertEquals(PersonState.DETAINER_HOLD, c.state(convicted), "a violent conviction counts");
  }

  @Test
  void aReleaseWithoutDetainerGoesToTheCommunityWithNoIceInvolvement() {
    QuietCounty c = QuietCounty.of(BundledPolicy.HONOR_DETAINERS, 2);
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.population().set(p, Population.DETAINER, false);
    c.sim.jailRelease().release(p, c.now);
    c.runUntil(c.now + 3);
    assertEquals(List.of(Kind.RELEASE), Scenarios.kinds(c.eventsOf(p)));
    assertEquals(PersonState.COMMUNITY, c.state(p));
    assertEquals(OffenderStatus.RELEASED_NORMALLY, c.sim.population().releaseStatus(p));
    assertEquals(c.now, c.sim.population().releaseDay(p), 1e-3);
    assertEquals(1, c.sim.metrics().current(Metric.RELEASES, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 0));
  }

  @Test
  void aDefendantReleasedPretrialAwaitsDispositionInTheCommunity() {
    ScenarioParams d = ScenarioParams.DEFAULTS;
    QuietCounty c = QuietCounty.of(BundledPolicy.NO_COOPERATION, 2, Scenarios.with(d, "courts",
        Scenarios.with(d.courts(), "releasedDispositionDays", 1.0)));
    int p = c.jailedWithDetainer(PROPERTY);
    c.sim.population().set(p, Population.DETAINER, false);
    c.sim.courts().pretrialRelease(p, c.now);
    assertTrue(c.sim.population().has(p, Population.ON_PRETRIAL_RELEASE));
    assertEquals(OffenderStatus.ON_PRETRIAL_RELEASE, c.sim.population().offenderStatus(p));
    c.runUntil(c.now + 40);
    assertFalse(c.sim.population().has(p, Population.ON_PRETRIAL_RELEASE),
        "the pending case was decided");
  }
}
