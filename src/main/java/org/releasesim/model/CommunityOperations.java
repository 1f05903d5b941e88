package org.releasesim.model;

import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.ForceSetting;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.OfficerTask;
import org.releasesim.model.metrics.OperationOutcome;
import org.releasesim.model.param.IceParams;
import org.releasesim.model.param.TimeParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * ICE's own work in one county's community, independent of what its jail does: officers on
 * fugitive operations look for removable residents ICE already knows of (a prior removal, a final
 * order of removal not carried out, a conviction learned of from the fingerprints sent at every
 * booking). Their capacity, in officer-hours, sets the pace: operations start as a Poisson process
 * at capacity / (officers x hours per operation). Each picks a known target at random among the
 * county's residents and succeeds, meets bystanders and is seen as the existing at-large
 * operations are. A jail's policy changes what ICE learns at the jail, not this work.
 */
final class CommunityOperations implements Steppable {
  private static final long serialVersionUID = 1L;
  /** Residents looked at before an operation gives up for want of a known target. */
  private static final int MAX_LOOKS = 20_000;

  private final Jurisdiction county;
  private final IceParams ice;
  /** Mean days between operations. */
  private final double meanGap;

  private CommunityOperations(Jurisdiction county, IceParams ice, double meanGap) {
    this.county = county;
    this.ice = ice;
    this.meanGap = meanGap;
  }

  /** Starts the county's operations, if the switch is on and any officers are on them. */
  static void start(ReleaseSim sim, Jurisdiction county) {
    IceParams ice = sim.params().ice();
    double meanGap = meanDaysBetween(ice, county.params().population());
    if (!ice.communityEnforcement() || Double.isInfinite(meanGap)) {
      return;
    }
    new CommunityOperations(county, ice, meanGap).scheduleNext(sim, 0);
  }

  /**
   * Mean days between operations in a county of {@code residents}: officer-hours one operation
   * takes over officer-hours the county's community officers work a day (+infinity without
   * officers).
   */
  static double meanDaysBetween(IceParams ice, long residents) {
    double officers = ice.communityOfficersPer100k() * residents / 100_000.0;
    if (officers <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double officerHoursPerDay = officers * ice.hoursPerOfficerDay();
    double perOperation = ice.atLargeOfficers() * ice.atLargeHours();
    return perOperation / officerHoursPerDay;
  }

  private void scheduleNext(ReleaseSim sim, double now) {
    double when = now - meanGap * Math.log(1.0 - sim.random.nextDouble());
    if (when <= sim.params().time().endDay()) {
      sim.schedule.scheduleOnce(when, Orderings.ICE, this);
    }
  }

  @Override
  public void step(SimState state) {
    ReleaseSim sim = (ReleaseSim) state;
    double now = sim.schedule.getTime();
    operate(sim, now);
    scheduleNext(sim, now);
  }

  private void operate(ReleaseSim sim, double now) {
    int j = county.index();
    double hours = ice.atLargeOfficers() * ice.atLargeHours();
    sim.metrics().add(Metric.ICE_OFFICER_HOURS, j, 0, 0, OfficerTask.COMMUNITY, hours);
    sim.metrics().add(Metric.COSTS, j, 0, 0, CostItem.ICE_OFFICERS,
        hours * sim.params().costs().iceOfficerHour());
    int target = findKnownTarget(sim);
    if (target < 0) {
      sim.metrics().count(Metric.COMMUNITY_OPERATIONS, j, 0, 0, OperationOutcome.NO_TARGET);
      return;
    }
    Population pop = sim.population();
    int tract = pop.tract(target) - county.firstTract();
    county.trust().operationSeen(tract);
    sim.tell(ModelEvent.Kind.AT_LARGE_OPERATION, target, j, pop.tract(target), "community");
    if (sim.random.nextDouble() < ice.useOfForceAtLarge()) {
      sim.metrics().count(Metric.USE_OF_FORCE, j, 0, 0, ForceSetting.AT_LARGE);
      sim.tell(ModelEvent.Kind.USE_OF_FORCE, target, j, pop.tract(target), "community");
    }
    if (sim.random.nextDouble() >= ice.atLargeSuccess()) {
      sim.metrics().count(Metric.COMMUNITY_OPERATIONS, j, 0, 0, OperationOutcome.NOT_FOUND);
      return;
    }
    sim.metrics().count(Metric.COMMUNITY_OPERATIONS, j, 0, 0, OperationOutcome.ARRESTED);
    sim.metrics().count(Metric.AT_LARGE_ARRESTS, j, 0, pop.groupIndex(target));
    sim.tell(ModelEvent.Kind.AT_LARGE_ARREST, target, j, pop.tract(target), "community");
    sim.iceCustody().admit(target, now, IceArrestOrigin.AT_LARGE_INDEPENDENT);
    county.iceOffice().collateralArrests(target, tract, now);
  }

  /** A resident of the county ICE knows of and could arrest now, looked for at random; -1 if none. */
  private int findKnownTarget(ReleaseSim sim) {
    Population pop = sim.population();
    int first = county.firstTract();
    int tracts = county.grid().count();
    int[] cumulative = new int[tracts];
    int total = 0;
    for (int t = 0; t < tracts; t++) {
      total += pop.residents(first + t).size();
      cumulative[t] = total;
    }
    if (total == 0) {
      return -1;
    }
    for (int look = 0; look < MAX_LOOKS; look++) {
      int k = sim.random.nextInt(total);
      int t = java.util.Arrays.binarySearch(cumulative, k + 1);
      t = t >= 0 ? t : -t - 1;
      // empty tracts repeat the running total: the tract holding k is the first to reach k + 1
      while (t > 0 && cumulative[t - 1] == cumulative[t]) {
        t--;
      }
      int offset = t == 0 ? k : k - cumulative[t - 1];
      int p = pop.residents(first + t).person(offset);
      if (isKnownTarget(pop, p)) {
        return p;
      }
    }
    return -1;
  }

  /** Removable, in the community, and on ICE's books. */
  static boolean isKnownTarget(Population pop, int p) {
    return pop.state(p) == PersonState.COMMUNITY && pop.isRemovable(p)
        && (pop.has(p, Population.PRIOR_REMOVAL) || pop.has(p, Population.FINAL_ORDER)
            || pop.convictions(p) > 0);
  }

  /** Operations a year a county of {@code residents} runs. */
  static double operationsPerYear(IceParams ice, long residents) {
    return TimeParams.DAYS_PER_YEAR / meanDaysBetween(ice, residents);
  }
}
