package org.releasesim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.releasesim.model.metrics.CaseClosure;
import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.ForceSetting;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.OfficerTask;
import org.releasesim.model.param.IceParams;

/**
 * The ICE officers working one county: custodial transfers at its jail (booked the moment a
 * cooperative release is announced, if enough officers can be there in time) and at-large cases
 * in the community (worked by priority when enough officers are free). ICE's own random draws
 * (search success, collateral arrests, incidents) come from the run's MASON generator.
 */
public final class IceFieldOffice implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final int COLLATERAL_TRIES = 20;

  private final ReleaseSim sim;
  private final Jurisdiction home;
  private final IceParams ice;
  private final IceOfficer[] officers;
  private final PriorityQueue<AtLargeCase> queue = new PriorityQueue<>();
  private final Map<Integer, AtLargeCase> open = new HashMap<>();

  IceFieldOffice(ReleaseSim sim, Jurisdiction home) {
    this.sim = sim;
    this.home = home;
    this.ice = sim.params().ice();
    this.officers = new IceOfficer[home.params().iceOfficers()];
    for (int i = 0; i < officers.length; i++) {
      officers[i] = new IceOfficer(i);
    }
  }

  /**
   * Books officers for a custodial transfer that must start by {@code deadline}; returns the start
   * time, or +infinity if not enough officers can be there in time.
   */
  double reserveTransfer(double now, double deadline) {
    int k = ice.transferOfficers();
    if (officers.length < k) {
      return Double.POSITIVE_INFINITY;
    }
    IceOfficer[] soonest = officers.clone();
    Arrays.sort(soonest, (a, b) -> a.freeAt() != b.freeAt()
        ? Double.compare(a.freeAt(), b.freeAt()) : Integer.compare(a.id(), b.id()));
    double start = Math.max(now, soonest[k - 1].freeAt());
    if (start > deadline) {
      return Double.POSITIVE_INFINITY;
    }
    double end = start + ice.transferHours() / ice.hoursPerOfficerDay();
    for (int i = 0; i < k; i++) {
      soonest[i].assign(IceOfficer.Task.TRANSFER, -1, end);
    }
    int j = home.index();
    sim.metrics().add(Metric.ICE_OFFICER_HOURS, j, 0, 0, OfficerTask.TRANSFER, k * ice.transferHours());
    sim.metrics().add(Metric.COSTS, j, 0, 0, CostItem.ICE_OFFICERS,
        k * ice.transferHours() * sim.params().costs().iceOfficerHour());
    if (sim.random.nextDouble() < ice.useOfForceTransfer()) {
      sim.metrics().count(Metric.USE_OF_FORCE, j, 0, 0, ForceSetting.TRANSFER);
    }
    wakeAt(end);
    return start;
  }

  /** Opens an at-large case on a wanted person now in the community. */
  void openCase(int p, double now) {
    if (open.containsKey(p)) {
      return;
    }
    AtLargeCase c = new AtLargeCase(p, now, sim.courts().isSerious(p));
    open.put(p, c);
    queue.add(c);
    sim.population().set(p, Population.AT_LARGE_CASE, true);
    sim.metrics().count(Metric.AT_LARGE_CASES_OPENED, home.index(), 0,
        sim.population().groupIndex(p));
    sim.tell(ModelEvent.Kind.AT_LARGE_CASE_OPENED, p, home.index(), -1, "");
    dispatch(now);
  }

  /** Closes the person's open case, if any, with an outcome. */
  void closeCase(int p, CaseClosure outcome) {
    // the flag mirrors the map, and most callers (every death and move) have no case open
    if (!sim.population().has(p, Population.AT_LARGE_CASE)) {
      return;
    }
    AtLargeCase c = open.remove(p);
    if (c == null) {
      return;
    }
    c.active = false;
    sim.population().set(p, Population.AT_LARGE_CASE, false);
    sim.metrics().count(Metric.AT_LARGE_CASES_CLOSED, home.index(), 0, 0, outcome);
  }

  /** Open at-large cases (the backlog). */
  public int openCases() {
    return open.size();
  }

  /** The officers, for display. */
  public List<IceOfficer> officers() {
    return List.of(officers);
  }

  /** Starts at-large attempts while enough officers are free. */
  void dispatch(double now) {
    while (!queue.isEmpty() && freeOfficers(now) >= officersNeededForAttempt(now)) {
      AtLargeCase c = queue.poll();
      if (!c.active) {
        continue;
      }
      if (now - c.opened > ice.atLargeCaseExpiryDays()) {
        closeCase(c.person, CaseClosure.GAVE_UP);
        continue;
      }
      startAttempt(c, now);
    }
  }

  private int officersNeededForAttempt(double now) {
    // officers are kept back for jail pick-ups only while the jail notifies anybody
    int reserve = home.policyTimeline().policyAt(now).notifiesAnybody() ? ice.transferOfficers()
        : 0;
    int needed = ice.atLargeOfficers();
    return officers.length >= needed + reserve ? needed + reserve : needed;
  }

  private int freeOfficers(double now) {
    int n = 0;
    for (IceOfficer o : officers) {
      n += o.isFree(now) ? 1 : 0;
    }
    return n;
  }

  private void startAttempt(AtLargeCase c, double now) {
    double end = now + ice.atLargeHours() / ice.hoursPerOfficerDay();
    int tract = sim.population().tract(c.person);
    int assigned = 0;
    for (int i = 0; i < officers.length && assigned < ice.atLargeOfficers(); i++) {
      if (officers[i].isFree(now)) {
        officers[i].assign(IceOfficer.Task.AT_LARGE, tract, end);
        assigned++;
      }
    }
    double hours = ice.atLargeOfficers() * ice.atLargeHours();
    sim.metrics().add(Metric.ICE_OFFICER_HOURS, home.index(), 0, 0, OfficerTask.AT_LARGE, hours);
    sim.metrics().add(Metric.COSTS, home.index(), 0, 0, CostItem.ICE_OFFICERS,
        hours * sim.params().costs().iceOfficerHour());
    sim.metrics().count(Metric.AT_LARGE_ATTEMPTS, home.index(), 0, 0);
    sim.schedule.scheduleOnce(end, Orderings.ICE, new IceTaskEnd(this, c));
  }

  void finishAttempt(AtLargeCase c, double now) {
    int tract = sim.population().tract(c.person) - home.firstTract();
    home.trust().operationSeen(tract);
    sim.tell(ModelEvent.Kind.AT_LARGE_OPERATION, c.person, home.index(),
        home.firstTract() + tract, "");
    if (sim.random.nextDouble() < ice.useOfForceAtLarge()) {
      sim.metrics().count(Metric.USE_OF_FORCE, home.index(), 0, 0, ForceSetting.AT_LARGE);
      sim.tell(ModelEvent.Kind.USE_OF_FORCE, c.person, home.index(), home.firstTract() + tract,
          "at large");
    }
    boolean stillThere = c.active
        && sim.population().state(c.person) == PersonState.COMMUNITY;
    if (stillThere && sim.random.nextDouble() < ice.atLargeSuccess()) {
      sim.metrics().count(Metric.AT_LARGE_ARRESTS, home.index(), 0,
          sim.population().groupIndex(c.person));
      closeCase(c.person, CaseClosure.ARRESTED);
      sim.tell(ModelEvent.Kind.AT_LARGE_ARREST, c.person, home.index(),
          home.firstTract() + tract, "");
      sim.iceCustody().admit(c.person, now, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
      collateralArrests(c.person, tract, now);
    } else if (stillThere && ++c.attempts < ice.atLargeMaxAttempts()) {
      queue.add(c);
    } else if (c.active) {
      closeCase(c.person, stillThere ? CaseClosure.GAVE_UP : CaseClosure.GONE);
    }
    dispatch(now);
  }

  /** Other removable residents met on an operation in a (local) tract are arrested too. */
  void collateralArrests(int target, int tract, double now) {
    double mean = ice.collateralPerAttempt() * home.removableDensity(tract);
    if (!ice.collateralArrests() || mean <= 0) {
      return;
    }
    int n = new PoissonDistribution(sim.runRandom(), mean, PoissonDistribution.DEFAULT_EPSILON,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    Population population = sim.population();
    TractResidents residents = population.residents(home.firstTract() + tract);
    for (int made = 0, tries = 0; made < n && tries < COLLATERAL_TRIES * n; tries++) {
      int p = residents.person(sim.random.nextInt(residents.size()));
      if (p != target && population.isRemovable(p)
          && population.state(p) == PersonState.COMMUNITY) {
        sim.metrics().count(Metric.COLLATERAL_ARRESTS, home.index(), 0,
            population.groupIndex(p));
        closeCase(p, CaseClosure.ARRESTED);
        sim.tell(ModelEvent.Kind.COLLATERAL_ARREST, p, home.index(), home.firstTract() + tract,
            "");
        sim.iceCustody().admit(p, now, IceArrestOrigin.COLLATERAL);
        made++;
      }
    }
  }

  /** Makes sure dispatch runs when officers come free. */
  private void wakeAt(double time) {
    if (time <= sim.params().time().endDay()) {
      sim.schedule.scheduleOnce(time, Orderings.ICE, new IceTaskEnd(this, null));
    }
  }

  /** Snapshot of open cases' persons, for display. */
  public List<Integer> openCasePersons() {
    List<Integer> persons = new ArrayList<>(open.keySet());
    persons.sort(null);
    return persons;
  }
}
