package org.releasesim.experiment.calibration;

/** Exit status of {@code release-sim calibrate} beyond the common ones. */
public final class CalibrationExit {
  /**
   * Some target failed. Distinct from 1, which every command uses for an internal error, so that
   * a script can tell "the model misses a figure" from "the program broke".
   */
  public static final int TARGETS_FAILED = 3;

  private CalibrationExit() {}
}
