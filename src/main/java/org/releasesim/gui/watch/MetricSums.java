package org.releasesim.gui.watch;

import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.Metrics;

/** Sums of the model's own counters over every jurisdiction and breakdown. */
public final class MetricSums {
  private MetricSums() {}

  /**
   * A flow's total since recording started.
   *
   * @param withOpenInterval whether to include the output interval not yet closed
   */
  public static double total(Metrics metrics, Metric m, boolean withOpenInterval) {
    double s = 0;
    for (int j = 0; j < metrics.jurisdictions().size(); j++) {
      for (int t = 0; t < m.types().size(); t++) {
        for (int g = 0; g < m.groups().size(); g++) {
          for (int k = 0; k < m.statuses().size(); k++) {
            s += metrics.total(m, j, t, g, k)
                + (withOpenInterval ? metrics.current(m, j, t, g, k) : 0);
          }
        }
      }
    }
    return s;
  }
}
