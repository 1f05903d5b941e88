package org.releasesim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A run folder none of whose checkpoints can be resumed from, and what is wrong with each. */
public final class NoUsableCheckpointException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient List<UnusableCheckpointException> faults;

  /**
   * @param folder the run folder
   * @param faults what is wrong with each checkpoint file, newest first; empty if there is none
   */
  public NoUsableCheckpointException(Path folder, List<UnusableCheckpointException> faults) {
    super(faults.isEmpty() ? folder + " holds no checkpoint"
        : faults.get(0).getMessage());
    this.faults = List.copyOf(faults);
  }

  /** What is wrong with each checkpoint file, newest first. */
  public List<UnusableCheckpointException> faults() {
    return faults;
  }
}
