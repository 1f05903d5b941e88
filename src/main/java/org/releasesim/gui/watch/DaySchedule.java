package org.releasesim.gui.watch;

import sim.engine.Schedule;

/**
 * MASON's schedule, plus a look at the time of the next event. The GUI steps the model a whole
 * day at a time and must stop before the first event of the next day; MASON keeps its queue
 * protected, so this subclass reads it. Only how time is shown is overridden: the Console's
 * clock reads the day as the map does ("day 420 (year 2)", "warm-up, 12 days to go"), not raw
 * schedule time counted from the start of the warm-up. The model runs exactly as on a plain
 * {@link Schedule} (the equivalence test compares a watched run with a headless one).
 */
public final class DaySchedule extends Schedule {
  private static final long serialVersionUID = 1L;
  private transient DayClock clock;

  /** The run's clock, so that the Console shows days as the map does; null for raw time. */
  void showDaysOf(DayClock clock) {
    this.clock = clock;
  }

  @Override
  public String getTimestamp(double time, String beforeSimulationString,
      String afterSimulationString) {
    // MASON 18's own version of this method reads the schedule's time, not its argument
    if (time < EPOCH) {
      return beforeSimulationString;
    }
    if (time >= AFTER_SIMULATION) {
      return afterSimulationString;
    }
    return clock == null ? super.getTimestamp(time, beforeSimulationString,
        afterSimulationString) : clock.label(Math.min(time, clock.endDay()));
  }

  /** Schedule time of the next event, or +infinity if none is queued. */
  public double nextEventTime() {
    synchronized (lock) {
      Key next = (Key) queue.getMinKey();
      return next == null ? Double.POSITIVE_INFINITY : next.getTime();
    }
  }
}
