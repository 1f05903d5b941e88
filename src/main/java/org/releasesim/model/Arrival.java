package org.releasesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** A new unauthorized resident arrives in a jurisdiction (the optional inflow). */
final class Arrival implements Steppable {
  private static final long serialVersionUID = 1L;
  private final int jurisdiction;

  Arrival(int jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  @Override
  public void step(SimState state) {
    ReleaseSim sim = (ReleaseSim) state;
    int p = new PopulationBuilder(sim).addArrival(sim.jurisdiction(jurisdiction));
    sim.metrics().count(org.releasesim.model.metrics.Metric.ARRIVALS, jurisdiction, 0, 0, 0);
    sim.offending().scheduleNext(p, sim.schedule.getTime());
  }
}
