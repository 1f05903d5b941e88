package org.releasesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** The end of the warm-up: the observer forgets everything counted so far. */
final class RecordingStart implements Steppable {
  private static final long serialVersionUID = 1L;
  private final Observer observer;

  RecordingStart(Observer observer) {
    this.observer = observer;
  }

  @Override
  public void step(SimState state) {
    observer.startRecording(state.schedule.getTime());
  }
}
