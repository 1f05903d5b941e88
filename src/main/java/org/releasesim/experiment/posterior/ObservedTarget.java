package org.releasesim.experiment.posterior;

/**
 * A published figure the calibration fits, with its uncertainty.
 *
 * @param id the target's id (see {@link org.releasesim.experiment.calibration.Targets})
 * @param published the published value, in the target's unit (shares 0-1)
 * @param se its standard error: the scale of the target's term in the distance
 */
public record ObservedTarget(String id, double published, double se) {
  public ObservedTarget {
    if (!(se > 0 && Double.isFinite(se))) {
      throw new IllegalArgumentException("the standard error of " + id + " must be above 0");
    }
  }
}
