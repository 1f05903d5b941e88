package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.releasesim.experiment.stats.Estimate;

/**
 * One point of a per-design-point time series: the mean over replicates of an outcome in one
 * output interval, with its 95% t interval (the band drawn around the line).
 *
 * @param point the design point
 * @param outcome index into the plan's time-series outcomes
 * @param day end of the output interval, days after the warm-up
 * @param estimate the estimate over replicates
 */
public record SeriesEstimate(int point, int outcome, int day, Estimate estimate) {

  /** Estimates for every (point, outcome, day), in that order. */
  static List<SeriesEstimate> of(SweepPlan plan, List<RunSeriesValue> values) {
    Map<Key, SummaryStatistics> stats = new TreeMap<>();
    for (RunSeriesValue v : values) {
      if (!Double.isNaN(v.value().value())) {
        Key key = new Key(plan.run(v.run()).point(), v.value().outcome(), v.value().day());
        stats.computeIfAbsent(key, k -> new SummaryStatistics()).addValue(v.value().value());
      }
    }
    List<SeriesEstimate> result = new ArrayList<>(stats.size());
    stats.forEach((k, s) -> result.add(new SeriesEstimate(k.point(), k.outcome(), k.day(),
        Estimate.of(s))));
    return result;
  }

  private record Key(int point, int outcome, int day) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Integer.compare(point, o.point);
      c = c != 0 ? c : Integer.compare(outcome, o.outcome);
      return c != 0 ? c : Integer.compare(day, o.day);
    }
  }
}
