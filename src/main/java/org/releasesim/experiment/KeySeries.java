package org.releasesim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.releasesim.experiment.stats.IntervalSeries;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * One of the series whose settling shows whether a run's warm-up was long enough: the jail
 * population and its pretrial share, residents and offending per 100,000 of each group, and the
 * ICE custody population, each summed over the scenario's jurisdictions (a warm-up is one
 * setting for the whole scenario, and the sum is less noisy than any one county). See
 * {@link KeySeriesRecorder} for how each is derived from the time series.
 *
 * @param name the series, one of the constants here
 * @param group a group name for the series by group, otherwise {@link SeriesPoint#ALL}
 * @param unit what the values count
 * @param values one value per output interval
 */
public record KeySeries(String name, String group, String unit, IntervalSeries values) {
  public static final String JAIL_POPULATION = Metric.JAIL_POPULATION.id();
  public static final String PRETRIAL_SHARE = "jail_pretrial_share";
  public static final String RESIDENTS = Metric.RESIDENTS.id();
  public static final String OFFENDING = "offending_per_100k";
  public static final String ICE_CUSTODY = "ice_custody_population";

  /** The name, with the group in brackets for a series by group: {@code residents (CITIZEN)}. */
  public String label() {
    return SeriesPoint.ALL.equals(group) ? name : name + " (" + group + ")";
  }

  /** The key series of a run's time series, in report order. */
  public static List<KeySeries> of(List<SeriesPoint> points) {
    KeySeriesRecorder recorder = new KeySeriesRecorder();
    points.forEach(recorder::accept);
    return recorder.series();
  }

  /**
   * The mean over replications, interval by interval: the replication-averaged series on which
   * a warm-up is judged (Welch 1983), as noise shrinks and the transient stays.
   *
   * @param replications each replication's key series, all on the same output grid
   */
  public static List<KeySeries> mean(List<List<KeySeries>> replications) {
    if (replications.isEmpty()) {
      return List.of();
    }
    List<KeySeries> first = replications.get(0);
    List<KeySeries> means = new ArrayList<>();
    for (int s = 0; s < first.size(); s++) {
      KeySeries series = first.get(s);
      int[] days = series.values().endDays();
      double[] sum = new double[days.length];
      for (List<KeySeries> replication : replications) {
        KeySeries same = replication.get(s);
        if (!same.label().equals(series.label())
            || !Arrays.equals(same.values().endDays(), days)) {
          throw new IllegalArgumentException("replications differ in series or output days: "
              + series.label());
        }
        for (int i = 0; i < sum.length; i++) {
          sum[i] += same.values().value(i) / replications.size();
        }
      }
      means.add(new KeySeries(series.name(), series.group(), series.unit(),
          new IntervalSeries(days, sum)));
    }
    return means;
  }
}
