package org.releasesim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.releasesim.experiment.design.MorrisDesign;
import org.releasesim.experiment.design.MorrisTrajectory;
import org.releasesim.experiment.stats.PercentileBootstrap;

/**
 * Elementary effects of a Morris design (Morris 1991) summarised as mu, mu* (Campolongo,
 * Cariboni and Saltelli 2007, "An effective screening design for sensitivity analysis of large
 * models", Environ. Model. Softw. 22) and sigma.
 *
 * <p>The elementary effect of factor i at step s of a trajectory is
 * {@code EE_i = (y(x + Delta e_i) - y(x)) / Delta}: with the points in trajectory order, that is
 * {@code (y_after - y_before) / (direction_i * Delta)}. Effects are measured on the unit scale of
 * each factor's range, so mu* values of different factors compare directly.
 */
public final class MorrisAnalysis {
  private MorrisAnalysis() {}

  /**
   * Indices for every factor.
   *
   * @param design the design the outputs come from
   * @param y one output per design point, in design order (NaN where missing)
   * @param bootstrap resamples trajectories for the interval of mu*
   */
  public static List<MorrisIndex> analyze(MorrisDesign design, double[] y,
      PercentileBootstrap bootstrap) {
    double[][] ee = effects(design, y);
    int k = design.factors().size();
    double[][] ci = bootstrap.intervals(ee.length, sample -> muStars(ee, sample, k));
    List<MorrisIndex> result = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      SummaryStatistics signed = new SummaryStatistics();
      SummaryStatistics absolute = new SummaryStatistics();
      for (double[] row : ee) {
        if (!Double.isNaN(row[f])) {
          signed.addValue(row[f]);
          absolute.addValue(Math.abs(row[f]));
        }
      }
      result.add(new MorrisIndex(design.factors().get(f).name(), (int) signed.getN(),
          signed.getMean(), absolute.getMean(), signed.getStandardDeviation(), ci[f][0],
          ci[f][1]));
    }
    return result;
  }

  /** Elementary effects, {@code [trajectory][factor]}. */
  static double[][] effects(MorrisDesign design, double[] y) {
    int k = design.factors().size();
    List<MorrisTrajectory> trajectories = design.trajectories();
    if (y.length != trajectories.size() * (k + 1)) {
      throw new IllegalArgumentException("expected " + trajectories.size() * (k + 1)
          + " outputs for the design, got " + y.length);
    }
    double[][] ee = new double[trajectories.size()][k];
    for (int t = 0; t < trajectories.size(); t++) {
      MorrisTrajectory trajectory = trajectories.get(t);
      int first = t * (k + 1);
      for (int s = 0; s < k; s++) {
        int f = trajectory.order().get(s);
        double step = trajectory.direction().get(f) * trajectory.delta();
        ee[t][f] = (y[first + s + 1] - y[first + s]) / step;
      }
    }
    return ee;
  }

  private static double[] muStars(double[][] ee, int[] sample, int k) {
    double[] sum = new double[k];
    int[] n = new int[k];
    for (int t : sample) {
      for (int f = 0; f < k; f++) {
        if (!Double.isNaN(ee[t][f])) {
          sum[f] += Math.abs(ee[t][f]);
          n[f]++;
        }
      }
    }
    double[] mean = new double[k];
    for (int f = 0; f < k; f++) {
      mean[f] = n[f] == 0 ? Double.NaN : sum[f] / n[f];
    }
    return mean;
  }
}
