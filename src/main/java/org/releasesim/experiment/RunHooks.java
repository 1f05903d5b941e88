package org.releasesim.experiment;

import org.releasesim.model.ReleaseSim;

/**
 * What a run does besides running: checkpoints at a fixed spacing of simulated days, and
 * conservation checks at every output interval.
 *
 * @param checkpointEveryDays spacing of checkpoints in simulated days, or 0 for none
 * @param checkpoint writes a checkpoint of the model (called between events)
 * @param checkInvariants whether to check conservation at every output interval
 */
public record RunHooks(double checkpointEveryDays, Checkpoint checkpoint,
    boolean checkInvariants) {
  public static final RunHooks NONE = new RunHooks(0, sim -> { }, false);

  /** Writes a checkpoint; may fail with an I/O error, which ends the run. */
  @FunctionalInterface
  public interface Checkpoint {
    void write(ReleaseSim sim) throws java.io.IOException;
  }
}
