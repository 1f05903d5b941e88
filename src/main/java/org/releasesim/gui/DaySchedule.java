package org.releasesim.gui;

import sim.engine.Schedule;

/**
 * MASON's schedule, plus a look at the time of the next event. The GUI steps the model a whole
 * day at a time and must stop before the first event of the next day; MASON keeps its queue
 * protected, so this subclass reads it. Nothing is overridden: the model runs exactly as on a
 * plain {@link Schedule} (the equivalence test compares a watched run with a headless one).
 */
final class DaySchedule extends Schedule {
  private static final long serialVersionUID = 1L;

  /** Schedule time of the next event, or +infinity if none is queued. */
  double nextEventTime() {
    synchronized (lock) {
      Key next = (Key) queue.getMinKey();
      return next == null ? Double.POSITIVE_INFINITY : next.getTime();
    }
  }
}
