package org.releasesim.model;

import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.DetainerParams;
import org.releasesim.model.param.IceParams;
import org.releasesim.model.param.PolicyCoverage;
import org.releasesim.model.param.ReleasePolicy;
import org.releasesim.model.random.PersonStreams;

/**
 * The heart of the model: what the jail does when a person it holds is due for release, under
 * the policy in force in its jurisdiction at that moment. Whether the policy covers the person,
 * and whether it holds them and for how long, come from the policy's definition alone. A transfer
 * to ICE happens only if ICE has officers free to make the pick-up in time; otherwise the person
 * walks out and, if ICE wants them, an at-large case may open.
 */
final class JailRelease implements PersonEventHandler {
  private static final long serialVersionUID = 1L;

  private final ReleaseSim sim;
  private final Population population;
  private final PersonStreams streams;
  private final IceParams ice;
  private final DetainerParams detainers;

  JailRelease(ReleaseSim sim) {
    this.sim = sim;
    sim.register(this, PersonEvent.Kind.JAIL_RELEASE, PersonEvent.Kind.HOLD_EXPIRY,
        PersonEvent.Kind.CASE_DISCOVERY);
    this.population = sim.population();
    this.streams = sim.streams();
    this.ice = sim.params().ice();
    this.detainers = sim.params().detainers();
  }

  /** The person's release time has come (bail, end of sentence, dismissal). */
  @Override
  public void handle(PersonEvent e, double now) {
    switch (e.kind) {
      case JAIL_RELEASE -> release(e.person, now);
      case HOLD_EXPIRY -> holdExpired(e.person, now);
      case CASE_DISCOVERY -> discover(e.person, now);
      default -> throw new IllegalArgumentException("jail release does not handle " + e.kind);
    }
  }

  void release(int p, double now) {
    int j = population.jail(p);
    int g = population.groupIndex(p);
    sim.metrics().count(Metric.RELEASES, j, 0, g);
    sim.tell(ModelEvent.Kind.RELEASE, p, j, -1,
        population.hasDetainer(p) ? "detainer on file" : "");
    if (!population.hasDetainer(p)) {
      toCommunity(p, now, OffenderStatus.RELEASED_NORMALLY);
      return;
    }
    Jurisdiction jail = sim.jurisdiction(j);
    ReleasePolicy policy = jail.policyTimeline().policyAt(now);
    if (!covers(policy.covers(), p)) {
      sim.metrics().count(Metric.DETAINERS_DECLINED, j, 0, g);
      toCommunity(p, now, OffenderStatus.RELEASED_DETAINER_DECLINED);
      if (ice.atLargeEnforcement() && streams.chance(p, ice.atLargeCaseProbability())) {
        sim.schedulePerson(p, PersonEvent.Kind.CASE_DISCOVERY, now + ice.discoveryDelayDays());
      }
      return;
    }
    sim.metrics().count(Metric.DETAINERS_HONOURED, j, 0, g);
    sim.metrics().count(Metric.NOTIFICATIONS, j, 0, 0);
    if (policy.hold()) {
      hold(p, jail, now, policy.holdLimitDays(detainers));
    } else {
      pickUpAtTheDoor(p, jail, now, policy.noticeInTimeProbability(ice));
    }
  }

  /** Whether the policy's coverage takes in the person, by what the model knows of them. */
  private boolean covers(PolicyCoverage coverage, int p) {
    return coverage.covers(population.caseType(p) == CrimeType.VIOLENT.ordinal(),
        population.hasViolentConviction(p), population.convictions(p) > 0,
        population.has(p, Population.PRIOR_REMOVAL));
  }

  /** Held past release, up to the policy's hold limit, waiting for ICE. */
  private void hold(int p, Jurisdiction jail, double now, double limitDays) {
    sim.moveTo(p, PersonState.DETAINER_HOLD, jail.index(), now);
    sim.tell(ModelEvent.Kind.DETAINER_HOLD, p, jail.index(), -1, "");
    double deadline = now + limitDays;
    double pickup = jail.iceOffice().reserveTransfer(now, deadline);
    if (pickup <= deadline) {
      sim.schedulePerson(p, PersonEvent.Kind.PICKUP, pickup);
    } else {
      sim.schedulePerson(p, PersonEvent.Kind.HOLD_EXPIRY, deadline);
    }
  }

  /** Notice without hold: ICE must be at the door when the person walks out. */
  private void pickUpAtTheDoor(int p, Jurisdiction jail, double now, double noticeInTime) {
    if (streams.chance(p, noticeInTime)) {
      double pickup = jail.iceOffice().reserveTransfer(now,
          now + ice.pickupWindowWithoutHoldDays());
      if (pickup < Double.POSITIVE_INFINITY) {
        sim.iceCustody().transferFromJail(p, now);
        return;
      }
    }
    missed(p, now);
  }

  /** The detainer hold ran out before ICE came. */
  void holdExpired(int p, double now) {
    if (population.state(p) == PersonState.DETAINER_HOLD) {
      missed(p, now);
    }
  }

  private void missed(int p, double now) {
    sim.metrics().count(Metric.TRANSFERS_MISSED, population.jail(p), 0,
        population.groupIndex(p));
    sim.tell(ModelEvent.Kind.TRANSFER_MISSED, p, population.jail(p), -1, "");
    toCommunity(p, now, OffenderStatus.RELEASED_TRANSFER_MISSED);
    if (ice.atLargeEnforcement() && streams.chance(p, ice.atLargeCaseProbability())) {
      sim.homeOf(p).iceOffice().openCase(p, now);
    }
  }

  /** ICE learns, late, of a release it was not told of. */
  void discover(int p, double now) {
    if (population.state(p) == PersonState.COMMUNITY) {
      sim.homeOf(p).iceOffice().openCase(p, now);
    }
  }

  /** Back to the community, with the status that attributes the person's later offences. */
  void toCommunity(int p, double now, OffenderStatus status) {
    sim.moveTo(p, PersonState.COMMUNITY, 0, now);
    population.setReleaseStatus(p, status);
    population.setReleaseDay(p, now);
    population.set(p, Population.DETAINER, false);
    if (population.has(p, Population.ON_PRETRIAL_RELEASE)) {
      sim.courts().awaitDisposition(p, now);
    }
    sim.offending().scheduleNext(p, now);
  }
}
