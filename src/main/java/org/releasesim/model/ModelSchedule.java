package org.releasesim.model;

import sim.engine.Schedule;

/**
 * MASON's schedule, able to say how many events are pending: the depth of its heap, which sets
 * what each event costs it (the benchmark compares the model with MASON at the same depth).
 */
final class ModelSchedule extends Schedule {
  private static final long serialVersionUID = 1L;

  /** Events waiting in the schedule's heap (not those still held by the event calendar). */
  synchronized int pendingEvents() {
    return queue.size();
  }
}
