package org.releasesim.gui.view;

import java.util.Arrays;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A MASON GUI state whose Console step is one simulated day: the GUI's before-queue, every model
 * event up to the next day boundary ({@link #stepDay()}), then the after-queue (displays,
 * inspectors). GUIState's own step fires a single instant, of which a day has hundreds; the
 * queues are the protected fields GUIState keeps for subclasses.
 */
abstract class DayGuiState extends GUIState {
  DayGuiState(SimState state) {
    super(state);
  }

  /**
   * Moves the model on by one day and brings the displays' data up to date. Called holding the
   * schedule's lock.
   *
   * @return false once the horizon has been reached
   */
  abstract boolean stepDay();

  @Override
  public final boolean step() {
    synchronized (state.schedule) {
      runQueue(false);
      boolean more = stepDay();
      runQueue(true);
      return more;
    }
  }

  private void runQueue(boolean afterTheDay) {
    Steppable[] due = afterTheDay ? Arrays.copyOf(after, afterSize)
        : Arrays.copyOf(before, beforeSize);
    if (afterTheDay) {
      afterSize = 0;
    } else {
      beforeSize = 0;
    }
    for (Steppable s : due) {
      s.step(state);
    }
  }

  /**
   * Refuses MASON checkpoints: the displays and histories watch the model built at start, and a
   * model read from a checkpoint would run unwatched. Checkpoints belong to batch runs.
   */
  @Override
  public boolean validSimState(SimState candidate) {
    return false;
  }
}
