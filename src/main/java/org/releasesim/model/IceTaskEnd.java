package org.releasesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The end of an ICE officer task: an at-large attempt is resolved, or officers freed by a
 * transfer look for work. A named class, not a lambda, so that checkpoints can serialise it.
 */
final class IceTaskEnd implements Steppable {
  private static final long serialVersionUID = 1L;
  private final IceFieldOffice office;
  private final AtLargeCase attempt;

  /** @param attempt the at-large case attempted, or null when officers come back from a transfer */
  IceTaskEnd(IceFieldOffice office, AtLargeCase attempt) {
    this.office = office;
    this.attempt = attempt;
  }

  @Override
  public void step(SimState state) {
    double now = state.schedule.getTime();
    if (attempt != null) {
      office.finishAttempt(attempt, now);
    } else {
      office.dispatch(now);
    }
  }
}
