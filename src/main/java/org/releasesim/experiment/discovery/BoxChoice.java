package org.releasesim.experiment.discovery;

import java.util.List;

/**
 * Which box of a peeling trajectory to report. By default the first box (so the one with the
 * highest coverage) whose density reaches a threshold: Bryant and Lempert (2010) trade density
 * (how sure a scenario in the box is of the condition) against coverage (how much of the
 * condition the box explains), and a box past that point gives up coverage for little. If no box
 * reaches the threshold, the box of highest density (the first such). The user may name a box.
 */
public final class BoxChoice {
  /** The EMA Workbench's default density threshold. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  private BoxChoice() {}

  /** The index of the first box with density of at least {@code threshold}, else the densest. */
  public static int byDensity(List<PrimBox> trajectory, double threshold) {
    int densest = 0;
    for (int i = 0; i < trajectory.size(); i++) {
      double density = trajectory.get(i).density();
      if (density >= threshold) {
        return i;
      }
      if (density > trajectory.get(densest).density()) {
        densest = i;
      }
    }
    return densest;
  }
}
