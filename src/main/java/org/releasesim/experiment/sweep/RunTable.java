package org.releasesim.experiment.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * The outcomes of a sweep's runs arranged by design point and replicate, for statistics: every
 * statistic of a sweep is computed from this table, which is filled from runs.csv as read back,
 * so a sweep run in one go, resumed, or merged from shards gives the same numbers.
 */
public final class RunTable {
  private final double[][][] values;

  /**
   * @param plan the plan the runs belong to
   * @param records finished runs, any order; missing runs stay NaN
   */
  public RunTable(SweepPlan plan, List<RunRecord> records) {
    int outcomes = plan.outcomes().columns().size();
    values = new double[plan.pointCount()][plan.replications()][outcomes];
    for (double[][] point : values) {
      for (double[] replicate : point) {
        Arrays.fill(replicate, Double.NaN);
      }
    }
    for (RunRecord r : records) {
      values[r.run().point()][r.run().replicate()] = r.values();
    }
  }

  /** One outcome's values at one point, by replicate. */
  public double[] values(int point, int outcome) {
    double[] v = new double[values[point].length];
    for (int r = 0; r < v.length; r++) {
      v[r] = values[point][r][outcome];
    }
    return v;
  }

  /** One outcome's mean over replicates, per point: what sensitivity indices are computed on. */
  public double[] pointMeans(int outcome) {
    double[] means = new double[values.length];
    for (int p = 0; p < means.length; p++) {
      double sum = 0;
      int n = 0;
      for (double[] replicate : values[p]) {
        if (!Double.isNaN(replicate[outcome])) {
          sum += replicate[outcome];
          n++;
        }
      }
      means[p] = n == 0 ? Double.NaN : sum / n;
    }
    return means;
  }
}
