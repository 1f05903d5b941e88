package org.releasesim.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * A run's time series indexed by metric, so each chart can pull the sums it needs without
 * scanning every point again. Jurisdictions keep the order in which they first appear, which is
 * the scenario's order.
 */
final class SeriesTable {
  private final Map<String, List<SeriesPoint>> byMetric = new HashMap<>();
  private final List<String> jurisdictions;
  private final int[] days;

  SeriesTable(List<SeriesPoint> points) {
    Set<String> names = new LinkedHashSet<>();
    Set<Integer> allDays = new TreeSet<>();
    for (SeriesPoint p : points) {
      byMetric.computeIfAbsent(p.metric(), m -> new ArrayList<>()).add(p);
      names.add(p.jurisdiction());
      allDays.add(p.day());
    }
    jurisdictions = List.copyOf(names);
    days = allDays.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Jurisdiction names, in order of first appearance. */
  List<String> jurisdictions() {
    return jurisdictions;
  }

  /** Whether any point of {@code metric} was recorded. */
  boolean has(String metric) {
    return byMetric.containsKey(metric);
  }

  /**
   * The output interval in days: the most common gap between recorded days (the last interval
   * of a run is often shorter, as when five years end on day 1826 after weekly days up to
   * 1820); 1 if fewer than two days are recorded.
   */
  int intervalDays() {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 1; i < days.length; i++) {
      counts.merge(days[i] - days[i - 1], 1, Integer::sum);
    }
    int best = 1;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      int gap = entry.getKey();
      int count = entry.getValue();
      if (count > bestCount || (count == bestCount && gap < best)) {
        best = gap;
        bestCount = count;
      }
    }
    return best;
  }

  /** Days from the first recorded interval's start to the last recorded day. */
  int spanDays() {
    return days.length == 0 ? 0 : days[days.length - 1] - days[0] + intervalDays();
  }

  /**
   * Values of {@code metric} summed over every breakdown except the one {@code key} picks, per
   * recorded day.
   *
   * @param jurisdiction one jurisdiction, or null for the sum over all of them
   * @param key the category of a point, for example {@link SeriesPoint#status()}
   * @param order categories to list first, in this order, even if absent (they are then zero);
   *     categories found in the data but not listed follow in order of appearance
   */
  DayValues sumBy(String metric, String jurisdiction, Function<SeriesPoint, String> key,
      List<String> order) {
    return sumBy(List.of(metric), jurisdiction, key, order);
  }

  /**
   * Like {@link #sumBy(String, String, Function, List)}, over the points of several metrics,
   * on the union of their recorded days; typically {@code key} names the metric.
   */
  DayValues sumBy(List<String> metrics, String jurisdiction, Function<SeriesPoint, String> key,
      List<String> order) {
    List<SeriesPoint> points = new ArrayList<>();
    metrics.forEach(metric -> points.addAll(select(metric, jurisdiction)));
    int[] metricDays = points.stream().mapToInt(SeriesPoint::day).distinct().sorted().toArray();
    Map<String, double[]> values = new LinkedHashMap<>();
    for (String category : order) {
      values.put(category, new double[metricDays.length]);
    }
    for (SeriesPoint p : points) {
      double[] row = values.computeIfAbsent(key.apply(p), k -> new double[metricDays.length]);
      row[Arrays.binarySearch(metricDays, p.day())] += p.value();
    }
    return new DayValues(metricDays, values);
  }

  private List<SeriesPoint> select(String metric, String jurisdiction) {
    List<SeriesPoint> points = byMetric.getOrDefault(metric, List.of());
    if (jurisdiction == null) {
      return points;
    }
    return points.stream().filter(p -> p.jurisdiction().equals(jurisdiction)).toList();
  }

  /**
   * Values per category and per recorded day.
   *
   * @param days recorded days, ascending
   * @param values per category, one value per entry of {@code days}; in display order
   */
  record DayValues(int[] days, Map<String, double[]> values) {}
}
