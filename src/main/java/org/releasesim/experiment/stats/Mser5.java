package org.releasesim.experiment.stats;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The MSER-5 truncation point (White 1997; White, Cobb and Spratt 2000): the series is cut into
 * batches of {@value #BATCH} observations, and the number of leading batches {@code d} to drop
 * is the one that minimises the squared standard error of the mean of the batches kept,
 * {@code sum_{j>d} (Z_j - mean_d)^2 / (k - d)^2}, searched over the first half of the {@code k}
 * batches. Dropping an initial transient removes bias faster than it loses data, so the minimum
 * falls near the transient's end; on a series without one it falls near 0. A truncation at the
 * end of the search means the series may not settle within the run at all.
 *
 * @param batches whole batches of five values (values after the last whole batch are unused)
 * @param truncatedBatches the batches to drop
 * @param truncationDay the day on which the data kept begin (the end of the last value
 *     dropped), 0 when nothing is dropped; NaN when there are fewer than {@value #MIN_BATCHES}
 *     batches to search
 */
public record Mser5(int batches, int truncatedBatches, double truncationDay) {
  /** Observations per batch: the 5 of MSER-5. */
  public static final int BATCH = 5;
  /** Fewest batches for which dropping half still leaves a spread to measure. */
  static final int MIN_BATCHES = 4;

  /** The truncation point of {@code series}; NaN values are left out before batching. */
  public static Mser5 of(IntervalSeries series) {
    int[] finite = finiteIndices(series);
    int k = finite.length / BATCH;
    if (k < MIN_BATCHES) {
      return new Mser5(k, 0, Double.NaN);
    }
    double[] batchMeans = batchMeans(series, finite, k);
    int best = 0;
    double bestStatistic = Double.POSITIVE_INFINITY;
    for (int d = 0; d <= k / 2; d++) {
      double statistic = mser(batchMeans, d);
      if (statistic < bestStatistic) {
        best = d;
        bestStatistic = statistic;
      }
    }
    double day = best == 0 ? 0 : series.endDay(finite[best * BATCH - 1]);
    return new Mser5(k, best, day);
  }

  /** Whether the truncation reached the end of the search: the series may not have settled. */
  public boolean atSearchLimit() {
    return batches >= MIN_BATCHES && truncatedBatches == batches / 2;
  }

  /** The MSER statistic of the batches after the first {@code d}. */
  private static double mser(double[] batchMeans, int d) {
    int kept = batchMeans.length - d;
    // the biased variance is the sum of squares over kept; one more division gives kept^2
    return new Variance(false).evaluate(batchMeans, d, kept) / kept;
  }

  private static double[] batchMeans(IntervalSeries series, int[] finite, int k) {
    double[] means = new double[k];
    double[] batch = new double[BATCH];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < BATCH; i++) {
        batch[i] = series.value(finite[j * BATCH + i]);
      }
      means[j] = new Mean().evaluate(batch);
    }
    return means;
  }

  private static int[] finiteIndices(IntervalSeries series) {
    return java.util.stream.IntStream.range(0, series.size())
        .filter(i -> !Double.isNaN(series.value(i))).toArray();
  }
}
