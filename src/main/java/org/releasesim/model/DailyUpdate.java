package org.releasesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Once a day: trust relaxes toward its policy level, offenders' memory of reporting fades, and
 * deterrence updates its averages.
 */
final class DailyUpdate implements Steppable {
  private static final long serialVersionUID = 1L;

  static void schedule(ReleaseSim sim) {
    sim.schedule.scheduleRepeating(1.0, Orderings.DAILY, new DailyUpdate(), 1.0);
  }

  @Override
  public void step(SimState state) {
    ReleaseSim sim = (ReleaseSim) state;
    double now = sim.schedule.getTime();
    for (Jurisdiction j : sim.jurisdictions()) {
      j.trust().relax(j.policyTimeline().policyAt(now), 1.0);
      j.reportingPerception().forget(1.0);
    }
    sim.deterrence().endOfDay(now);
  }
}
