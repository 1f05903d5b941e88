package org.releasesim.experiment.calibration;

/**
 * Pretrial releases and how many ended in a new arrest before disposition.
 *
 * @param episodes releases to the community with a case pending
 * @param rearrested episodes in which the person was arrested again before the case was decided
 */
public record PretrialEpisodes(int episodes, int rearrested) {
  public PretrialEpisodes {
    if (episodes < 0 || rearrested < 0 || rearrested > episodes) {
      throw new IllegalArgumentException("impossible counts: " + rearrested + " re-arrests in "
          + episodes + " episodes");
    }
  }

  /** Share of episodes with a re-arrest before disposition; NaN with no episodes. */
  public double share() {
    return episodes == 0 ? Double.NaN : rearrested / (double) episodes;
  }
}
