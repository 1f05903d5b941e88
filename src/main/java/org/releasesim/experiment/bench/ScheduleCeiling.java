package org.releasesim.experiment.bench;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceiling: how many events per second MASON's {@link Schedule} fires with trivial agents that
 * each reschedule themselves at a random later time, with as many pending events as a county's
 * offenders keep (so the heap is as deep as in the model).
 */
final class ScheduleCeiling {
  private ScheduleCeiling() {}

  /** Events per second for {@code agents} pending agents over {@code events} events. */
  static double eventsPerSecond(int agents, long events, long seed) {
    SimState state = new SimState(seed);
    state.start();
    long[] fired = new long[1];
    for (int i = 0; i < agents; i++) {
      state.schedule.scheduleOnce(state.random.nextDouble() * 365, 0, new Hopper(fired));
    }
    long start = System.nanoTime();
    while (fired[0] < events && state.schedule.step(state)) {
      // each step fires the agents due at the next instant
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    state.finish();
    return fired[0] / seconds;
  }

  /** A trivial agent: counts itself and comes back after an exponential delay. */
  private static final class Hopper implements Steppable {
    private static final long serialVersionUID = 1L;
    private final long[] fired;

    Hopper(long[] fired) {
      this.fired = fired;
    }

    @Override
    public void step(SimState state) {
      fired[0]++;
      double delay = -Math.log1p(-state.random.nextDouble()) * 365;
      state.schedule.scheduleOnce(state.schedule.getTime() + delay, 0, this);
    }
  }
}
