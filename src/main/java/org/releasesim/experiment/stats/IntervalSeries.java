package org.releasesim.experiment.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Values over consecutive intervals of a run's recorded period, laid out as a run's time series
 * is: value {@code i} belongs to the interval that ends on day {@code endDays[i]} and begins
 * where the previous one ended (the first begins on day 0). A flow is counted over its interval,
 * a stock read at its end; either stands for the whole interval. NaN marks a value that does
 * not exist (a share of nothing): the statistics leave it out.
 *
 * @param endDays last day of each interval, days since the start of the recorded period,
 *     strictly increasing and positive
 * @param values one value per interval
 */
public record IntervalSeries(int[] endDays, double[] values) {
  /** Copies the arrays, so the series cannot change after it is checked. */
  public IntervalSeries {
    if (endDays.length != values.length) {
      throw new IllegalArgumentException(endDays.length + " days but " + values.length
          + " values");
    }
    for (int i = 0; i < endDays.length; i++) {
      if (endDays[i] <= (i == 0 ? 0 : endDays[i - 1])) {
        throw new IllegalArgumentException("interval ends must be positive and increasing; day "
            + endDays[i] + " at position " + i);
      }
    }
    endDays = endDays.clone();
    values = values.clone();
  }

  @Override
  public int[] endDays() {
    return endDays.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** Number of intervals. */
  public int size() {
    return values.length;
  }

  /** The value of interval {@code i}. */
  public double value(int i) {
    return values[i];
  }

  /** The last day of interval {@code i}. */
  public int endDay(int i) {
    return endDays[i];
  }

  /** Length of interval {@code i}, days. */
  public double length(int i) {
    return endDays[i] - (i == 0 ? 0 : endDays[i - 1]);
  }

  /** The middle of interval {@code i}: the day it is placed at when cut into windows. */
  public double midpoint(int i) {
    return endDays[i] - length(i) / 2;
  }

  /** Days from the start of the recorded period to the end of the last interval. */
  public int spanDays() {
    return endDays.length == 0 ? 0 : endDays[endDays.length - 1];
  }

  /**
   * The usual interval length, days: the median, since the last interval of a run is often
   * shorter than the others (ten years end on day 3652 after weekly days to 3647); 0 if empty.
   */
  public double typicalIntervalDays() {
    if (endDays.length == 0) {
      return 0;
    }
    double[] lengths = new double[endDays.length];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = length(i);
    }
    return new Median().evaluate(lengths);
  }

  /**
   * The mean over the intervals whose midpoint lies in {@code [fromDay, toDay)}, each weighted
   * by its length so that a short last interval counts for the days it covers; NaN values are
   * left out, and the mean of nothing is NaN.
   */
  public double meanOver(double fromDay, double toDay) {
    double[] kept = new double[values.length];
    double[] weights = new double[values.length];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      double middle = midpoint(i);
      if (middle >= fromDay && middle < toDay && !Double.isNaN(values[i])) {
        kept[n] = values[i];
        weights[n] = length(i);
        n++;
      }
    }
    return n == 0 ? Double.NaN
        : new Mean().evaluate(Arrays.copyOf(kept, n), Arrays.copyOf(weights, n));
  }
}
