package org.releasesim.model;

import org.releasesim.model.metrics.CaseClosure;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.TransferSource;
import org.releasesim.model.metrics.TransferStage;
import org.releasesim.model.param.IceParams;
import org.releasesim.model.param.MigrationParams;
import org.releasesim.model.random.PersonStreams;

/** ICE detention, then removal or release; re-entry after removal; inflow replacing removals. */
final class IceCustody implements PersonEventHandler {
  private static final long serialVersionUID = 1L;

  private final ReleaseSim sim;
  private final Population population;
  private final PersonStreams streams;
  private final IceParams ice;
  private final MigrationParams migration;

  IceCustody(ReleaseSim sim) {
    this.sim = sim;
    sim.register(this, PersonEvent.Kind.PICKUP, PersonEvent.Kind.CUSTODY_END,
        PersonEvent.Kind.REENTRY);
    this.population = sim.population();
    this.streams = sim.streams();
    this.ice = sim.params().ice();
    this.migration = sim.params().migration();
  }

  /** ICE officers take the person over at the jail. */
  @Override
  public void handle(PersonEvent e, double now) {
    switch (e.kind) {
      case PICKUP -> transferFromJail(e.person, now);
      case CUSTODY_END -> endCustody(e.person, now);
      case REENTRY -> reenter(e.person, now);
      default -> throw new IllegalArgumentException("ICE custody does not handle " + e.kind);
    }
  }

  void transferFromJail(int p, double now) {
    sim.metrics().count(Metric.CUSTODIAL_TRANSFERS, population.jail(p), 0,
        population.groupIndex(p), TransferSource.JAIL);
    sim.tell(ModelEvent.Kind.CUSTODIAL_TRANSFER, p, population.jail(p), -1, "jail");
    sim.metrics().count(Metric.TRANSFERS_BY_STAGE, population.jail(p), 0, 0,
        population.has(p, Population.ON_PRETRIAL_RELEASE) ? TransferStage.PRETRIAL
            : TransferStage.AFTER_DISPOSITION);
    admit(p, now, IceArrestOrigin.JAIL_TRANSFER);
  }

  /** The person enters ICE detention, from jail, prison or the community. */
  void admit(int p, double now, IceArrestOrigin origin) {
    int home = sim.homeOf(p).index();
    int g = population.groupIndex(p);
    sim.metrics().count(Metric.ICE_ARRESTS, home, 0, g, origin);
    sim.metrics().count(Metric.ICE_ARRESTS_BY_RECORD, home, 0, g,
        CriminalRecord.of(population, p));
    sim.homeOf(p).iceOffice().closeCase(p, CaseClosure.GONE);
    sim.moveTo(p, PersonState.ICE_CUSTODY, 0, now);
    population.set(p, Population.DETAINER, false);
    population.set(p, Population.ON_PRETRIAL_RELEASE, false);
    sim.schedulePerson(p, PersonEvent.Kind.CUSTODY_END,
        now + streams.exponential(p, ice.detentionDays()));
  }

  /** Detention ends in removal, or in release on bond or relief. */
  void endCustody(int p, double now) {
    if (!streams.chance(p, ice.removalProbability())) {
      sim.tell(ModelEvent.Kind.ICE_RELEASE, p, sim.homeOf(p).index(), -1, "");
      population.set(p, Population.FINAL_ORDER, streams.chance(p, ice.finalOrderShare()));
      sim.jailRelease().toCommunity(p, now, OffenderStatus.RELEASED_BY_ICE);
      return;
    }
    Jurisdiction home = sim.homeOf(p);
    sim.moveTo(p, PersonState.REMOVED, 0, now);
    sim.metrics().count(Metric.REMOVALS, home.index(), 0, population.groupIndex(p));
    sim.metrics().count(Metric.REMOVALS_BY_RECORD, home.index(), 0, population.groupIndex(p),
        CriminalRecord.of(population, p));
    population.set(p, Population.FINAL_ORDER, false);
    sim.tell(ModelEvent.Kind.REMOVAL, p, home.index(), -1, "");
    population.set(p, Population.PRIOR_REMOVAL, true);
    if (migration.reentry() && streams.chance(p, migration.reentryProbability())) {
      population.set(p, Population.REENTRY_PENDING, true);
      sim.schedulePerson(p, PersonEvent.Kind.REENTRY,
          now + streams.exponential(p, migration.reentryDelayDays()));
    } else {
      scheduleArrival(p, home, now);
    }
  }

  /**
   * With inflow on, someone like the removed person (same group and age) comes to live in the
   * county after a delay, in the removed person's place.
   */
  void scheduleArrival(int p, Jurisdiction home, double now) {
    if (!migration.inflow()) {
      return;
    }
    double when = now + streams.exponential(p, migration.inflowDelayDays());
    if (when <= sim.params().time().endDay()) {
      sim.schedule.scheduleOnce(when, Orderings.PERSONS, new Arrival(home.index(),
          population.group(p), population.birthDay(p)));
    }
  }

  /** A removed person comes back, unauthorized. */
  void reenter(int p, double now) {
    population.set(p, Population.REENTRY_PENDING, false);
    if (population.group(p) != Group.UNAUTHORIZED) {
      // a lawful resident removed comes back without status: the groups stay balanced
      sim.turnover().owe(population.tract(p), population.groupIndex(p),
          Group.UNAUTHORIZED.ordinal());
    }
    population.setGroup(p, Group.UNAUTHORIZED);
    population.set(p, Population.REMOVABLE, true);
    sim.moveTo(p, PersonState.COMMUNITY, 0, now);
    population.setReleaseStatus(p, OffenderStatus.REENTERED_AFTER_REMOVAL);
    sim.metrics().count(Metric.REENTRIES, sim.homeOf(p).index(), 0, 0);
    sim.tell(ModelEvent.Kind.REENTRY, p, sim.homeOf(p).index(), population.tract(p), "");
    sim.offending().scheduleNext(p, now);
  }
}
