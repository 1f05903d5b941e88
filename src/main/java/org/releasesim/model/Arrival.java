package org.releasesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** A newcomer arrives in a jurisdiction in place of a removed resident (the inflow). */
final class Arrival implements Steppable {
  private static final long serialVersionUID = 1L;
  private final int jurisdiction;
  private final Group group;
  private final double birthDay;

  Arrival(int jurisdiction, Group group, double birthDay) {
    this.jurisdiction = jurisdiction;
    this.group = group;
    this.birthDay = birthDay;
  }

  @Override
  public void step(SimState state) {
    ReleaseSim sim = (ReleaseSim) state;
    double now = sim.schedule.getTime();
    int p = new PopulationBuilder(sim).addArrival(sim.jurisdiction(jurisdiction), group,
        birthDay);
    sim.metrics().count(org.releasesim.model.metrics.Metric.ARRIVALS, jurisdiction, 0,
        group.ordinal());
    sim.turnover().scheduleDeath(p, now);
    sim.offending().scheduleNext(p, now);
  }
}
