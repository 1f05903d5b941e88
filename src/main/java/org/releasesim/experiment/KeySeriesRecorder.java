package org.releasesim.experiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.releasesim.experiment.stats.IntervalSeries;
import org.releasesim.model.metrics.JailStock;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SeriesSink;

/**
 * Builds the {@link KeySeries} from a run's time series as it streams past, keeping a handful of
 * sums per output interval rather than every point, so that it can listen to a large run:
 * <ul>
 *   <li>jail population: {@code jail_population}, all statuses;</li>
 *   <li>pretrial share: its {@code PRETRIAL} status over that total (NaN when the jail is
 *       empty);</li>
 *   <li>residents of each group: {@code residents};</li>
 *   <li>offending per 100,000 residents of each group per year: {@code crimes} of offenders of
 *       the group (all types and statuses) over the group's residents at the interval's end,
 *       scaled from the interval's length to a year;</li>
 *   <li>ICE custody population: {@code ice_custody_population}.</li>
 * </ul>
 * Every value is summed over jurisdictions. A series whose metric never arrives, or that has no
 * value at all (offending of a group with no residents), is left out: there is nothing to check.
 */
public final class KeySeriesRecorder implements SeriesSink {
  /** The jail status whose share is followed; a category of {@link Metric#JAIL_POPULATION}. */
  static final String PRETRIAL = JailStock.PRETRIAL.name();
  private static final List<String> GROUPS = Metric.RESIDENTS.groups();
  private static final int JAIL = 0;
  private static final int JAIL_PRETRIAL = 1;
  private static final int ICE = 2;
  private static final int RESIDENTS = 3;
  private static final int CRIMES = RESIDENTS + GROUPS.size();
  private static final int SLOTS = CRIMES + GROUPS.size();
  private static final Map<String, Metric> USED = Map.of(
      Metric.JAIL_POPULATION.id(), Metric.JAIL_POPULATION,
      Metric.RESIDENTS.id(), Metric.RESIDENTS,
      Metric.CRIMES.id(), Metric.CRIMES,
      Metric.ICE_CUSTODY_POPULATION.id(), Metric.ICE_CUSTODY_POPULATION);

  private final TreeMap<Integer, double[]> sumsByDay = new TreeMap<>();
  private final Set<Metric> seen = EnumSet.noneOf(Metric.class);

  @Override
  public void accept(SeriesPoint point) {
    Metric metric = USED.get(point.metric());
    if (metric == null) {
      return;
    }
    seen.add(metric);
    double[] sums = sumsByDay.computeIfAbsent(point.day(), d -> new double[SLOTS]);
    switch (metric) {
      case JAIL_POPULATION -> {
        sums[JAIL] += point.value();
        if (PRETRIAL.equals(point.status())) {
          sums[JAIL_PRETRIAL] += point.value();
        }
      }
      case ICE_CUSTODY_POPULATION -> sums[ICE] += point.value();
      case RESIDENTS -> addByGroup(sums, RESIDENTS, point);
      case CRIMES -> addByGroup(sums, CRIMES, point);
      default -> throw new IllegalStateException("unexpected metric " + metric);
    }
  }

  private static boolean hasAnyValue(KeySeries s) {
    return java.util.Arrays.stream(s.values().values()).anyMatch(v -> !Double.isNaN(v));
  }

  private static void addByGroup(double[] sums, int first, SeriesPoint point) {
    int g = GROUPS.indexOf(point.group());
    if (g >= 0) {
      sums[first + g] += point.value();
    }
  }

  /** The key series recorded so far, in report order. */
  public List<KeySeries> series() {
    int[] days = sumsByDay.keySet().stream().mapToInt(Integer::intValue).toArray();
    List<double[]> sums = List.copyOf(sumsByDay.values());
    List<KeySeries> series = new ArrayList<>();
    if (seen.contains(Metric.JAIL_POPULATION)) {
      series.add(whole(KeySeries.JAIL_POPULATION, "persons", days, sums, s -> s[JAIL]));
      series.add(whole(KeySeries.PRETRIAL_SHARE, "share", days, sums,
          s -> s[JAIL] == 0 ? Double.NaN : s[JAIL_PRETRIAL] / s[JAIL]));
    }
    if (seen.contains(Metric.RESIDENTS)) {
      for (int g = 0; g < GROUPS.size(); g++) {
        series.add(byGroup(KeySeries.RESIDENTS, "persons", g, days, sums, RESIDENTS));
      }
    }
    if (seen.contains(Metric.RESIDENTS) && seen.contains(Metric.CRIMES)) {
      for (int g = 0; g < GROUPS.size(); g++) {
        series.add(offending(g, days, sums));
      }
    }
    if (seen.contains(Metric.ICE_CUSTODY_POPULATION)) {
      series.add(whole(KeySeries.ICE_CUSTODY, "persons", days, sums, s -> s[ICE]));
    }
    return series.stream().filter(KeySeriesRecorder::hasAnyValue).toList();
  }

  private static KeySeries whole(String name, String unit, int[] days, List<double[]> sums,
      java.util.function.ToDoubleFunction<double[]> value) {
    double[] values = sums.stream().mapToDouble(value).toArray();
    return new KeySeries(name, SeriesPoint.ALL, unit, new IntervalSeries(days, values));
  }

  private static KeySeries byGroup(String name, String unit, int g, int[] days,
      List<double[]> sums, int first) {
    double[] values = sums.stream().mapToDouble(s -> s[first + g]).toArray();
    return new KeySeries(name, GROUPS.get(g), unit, new IntervalSeries(days, values));
  }

  /**
   * Crimes per 100,000 residents of the group per year: each interval's count scaled by its own
   * length, as the model's rates are (see {@link Metric.Kind#RATE}).
   */
  private static KeySeries offending(int g, int[] days, List<double[]> sums) {
    double[] values = new double[days.length];
    for (int i = 0; i < days.length; i++) {
      double[] s = sums.get(i);
      int intervalDays = days[i] - (i == 0 ? 0 : days[i - 1]);
      values[i] = Metric.per100kPerYear(s[CRIMES + g], s[RESIDENTS + g], intervalDays);
    }
    return new KeySeries(KeySeries.OFFENDING, GROUPS.get(g),
        "offences per 100,000 residents per year", new IntervalSeries(days, values));
  }
}
