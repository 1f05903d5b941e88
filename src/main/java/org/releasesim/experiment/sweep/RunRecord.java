package org.releasesim.experiment.sweep;

import java.util.List;

/**
 * What a sweep keeps of one run: which run it was and its outcomes (the raw data behind every
 * statistic, table and chart of the sweep).
 *
 * @param run the run
 * @param outcomes one value per outcome column (NaN where the run has none)
 * @param series time-series values, empty unless the sweep asks for time series
 */
public record RunRecord(RunSpec run, List<Double> outcomes, List<SeriesValue> series) {
  public RunRecord {
    outcomes = List.copyOf(outcomes);
    series = List.copyOf(series);
  }

  /** Outcome values as an array, for statistics. */
  public double[] values() {
    double[] v = new double[outcomes.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = outcomes.get(i);
    }
    return v;
  }
}
