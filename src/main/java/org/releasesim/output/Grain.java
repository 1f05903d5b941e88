package org.releasesim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.TimeParams;
import org.releasesim.output.SeriesTable.DayValues;

/**
 * The time step of a chart. A run of twenty years has over a thousand weekly values, too many to
 * read as a line; charts therefore group the output intervals into the shortest of week, 4 weeks,
 * quarter (13 weeks) or year (52 weeks) that gives at most {@value #MAX_POINTS} points. Flows are
 * summed over a step, stocks averaged, and ratios recomputed from the summed flows. The axis
 * labels name the step. Rates per 100,000 are recomputed from the summed flow and the averaged
 * population.
 */
final class Grain {
  /** The most points a line should have to stay readable at chart width. */
  static final int MAX_POINTS = 120;
  private static final int[] CANDIDATE_DAYS = {7, 28, 91, 364};

  private final int days;
  private final int intervalDays;

  private Grain(int days, int intervalDays) {
    this.days = days;
    this.intervalDays = intervalDays;
  }

  /**
   * The shortest step of at most {@value #MAX_POINTS} points that holds a whole number of
   * output intervals.
   *
   * @param intervalDays the run's output interval, days
   * @param spanDays the recorded period, days
   */
  static Grain choose(int intervalDays, int spanDays) {
    int interval = Math.max(1, intervalDays);
    int shortest = Math.max(1, ceilDiv(spanDays, MAX_POINTS));
    if (interval >= shortest) {
      return new Grain(interval, interval);
    }
    for (int candidate : CANDIDATE_DAYS) {
      if (candidate >= shortest && candidate % interval == 0) {
        return new Grain(candidate, interval);
      }
    }
    return new Grain(interval * ceilDiv(shortest, interval), interval);
  }

  /** Length of the step, days. */
  int days() {
    return days;
  }

  /** The step as a noun: {@code week}, {@code 4 weeks}, {@code quarter (13 weeks)}. */
  String noun() {
    return switch (days) {
      case 1 -> "day";
      case 7 -> "week";
      case 91 -> "quarter (13 weeks)";
      case 364 -> "year (52 weeks)";
      default -> days % 7 == 0 ? days / 7 + " weeks" : days + " days";
    };
  }

  /** How a stock is shown: the level at each interval's end, or the average over the step. */
  String stockNote() {
    return days == intervalDays ? "at the end of each " + noun() : "average over each " + noun();
  }

  /**
   * Flows summed over each step. A step the run covered only in part (usually the last, which
   * may also end in a short interval) is left out, because its smaller sum would look like a
   * drop; if no step is whole, all are kept.
   */
  Binned sums(DayValues data) {
    List<int[]> bins = completeBins(data.days());
    Map<String, double[]> values = new LinkedHashMap<>();
    data.values().forEach((category, row) -> values.put(category, sum(row, bins)));
    return new Binned(years(data.days(), bins), values);
  }

  /** Stocks averaged over each step. */
  Binned means(DayValues data) {
    List<int[]> bins = bins(data.days());
    Map<String, double[]> values = new LinkedHashMap<>();
    data.values().forEach((category, row) -> {
      double[] sums = sum(row, bins);
      for (int b = 0; b < sums.length; b++) {
        sums[b] /= bins.get(b).length;
      }
      values.put(category, sums);
    });
    return new Binned(years(data.days(), bins), values);
  }

  /**
   * Flows accumulated from the start, read at the last recorded day of each step, after a
   * first point of zero at the start of the recorded period (year 0).
   */
  Binned cumulative(DayValues data) {
    List<int[]> bins = bins(data.days());
    Map<String, double[]> values = new LinkedHashMap<>();
    data.values().forEach((category, row) -> {
      double[] totals = new double[bins.size() + 1];
      for (int b = 0; b < bins.size(); b++) {
        totals[b + 1] = totals[b];
        for (int i : bins.get(b)) {
          totals[b + 1] += row[i];
        }
      }
      values.put(category, totals);
    });
    double[] ends = years(data.days(), bins);
    double[] years = new double[ends.length + 1];
    System.arraycopy(ends, 0, years, 1, ends.length);
    return new Binned(years, values);
  }

  /**
   * {@code scale} times the summed numerator over the summed denominator, per category and
   * step; NaN where the denominator is zero. Both must be recorded on the same days.
   */
  Binned ratio(DayValues numerator, DayValues denominator, double scale) {
    Binned top = sums(numerator);
    Binned bottom = sums(denominator);
    Map<String, double[]> values = new LinkedHashMap<>();
    bottom.values().forEach((category, den) -> {
      double[] num = top.values().getOrDefault(category, new double[den.length]);
      double[] share = new double[den.length];
      for (int b = 0; b < den.length; b++) {
        share[b] = den[b] == 0 ? Double.NaN : scale * num[b] / den[b];
      }
      values.put(category, share);
    });
    return new Binned(bottom.years(), values);
  }

  /**
   * A flow per 100,000 of a population per year, per category and step: the flow summed over
   * the step, over the population's average over the step (each interval's end level weighted
   * by the interval's length, as the run's summary weighs it), annualised from the step's
   * length; NaN where the population is zero. Steps are those of {@link #sums} over the days
   * the population was recorded (the model records both on every day); a day without the flow
   * counts nothing.
   *
   * @param flow counts per category, such as victimisations by victim group
   * @param population levels per category, such as residents by group
   */
  Binned per100kPerYear(DayValues flow, DayValues population) {
    int[] recorded = population.days();
    List<int[]> bins = completeBins(recorded);
    Map<String, double[]> values = new LinkedHashMap<>();
    population.values().forEach((category, level) -> {
      double[] flowRow = flow.values().get(category);
      double[] rates = new double[bins.size()];
      for (int b = 0; b < rates.length; b++) {
        double events = 0;
        double personDays = 0;
        double stepDays = 0;
        for (int i : bins.get(b)) {
          double length = recorded[i] - (i == 0 ? 0 : recorded[i - 1]);
          int f = flowRow == null ? -1 : java.util.Arrays.binarySearch(flow.days(), recorded[i]);
          events += f < 0 ? 0 : flowRow[f];
          personDays += level[i] * length;
          stepDays += length;
        }
        rates[b] = stepDays == 0 ? Double.NaN
            : Metric.per100kPerYear(events, personDays / stepDays, stepDays);
      }
      values.put(category, rates);
    });
    return new Binned(years(recorded, bins), values);
  }

  /** Indices into {@code days} grouped by step, in order. */
  private List<int[]> bins(int[] recordedDays) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < recordedDays.length; i++) {
      int bin = Math.floorDiv(recordedDays[i] + days - 1, days);
      groups.computeIfAbsent(bin, b -> new ArrayList<>()).add(i);
    }
    List<int[]> bins = new ArrayList<>();
    groups.values().forEach(g -> bins.add(g.stream().mapToInt(Integer::intValue).toArray()));
    return bins;
  }

  /** Steps that hold every interval, the last of which ends exactly at the step's end. */
  private List<int[]> completeBins(int[] recordedDays) {
    List<int[]> all = bins(recordedDays);
    List<int[]> complete = all.stream().filter(b -> b.length == days / intervalDays
        && recordedDays[b[b.length - 1]] % days == 0).toList();
    return complete.isEmpty() ? all : complete;
  }

  /** The x value of each step: the end of its last interval, in years. */
  private double[] years(int[] recordedDays, List<int[]> bins) {
    double[] years = new double[bins.size()];
    for (int b = 0; b < years.length; b++) {
      int[] members = bins.get(b);
      years[b] = recordedDays[members[members.length - 1]] / TimeParams.DAYS_PER_YEAR;
    }
    return years;
  }

  private static double[] sum(double[] row, List<int[]> bins) {
    double[] sums = new double[bins.size()];
    for (int b = 0; b < sums.length; b++) {
      for (int i : bins.get(b)) {
        sums[b] += row[i];
      }
    }
    return sums;
  }

  private static int ceilDiv(int a, int b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * Values ready to plot.
   *
   * @param years x values: years since the end of the warm-up
   * @param values per category, one value per x; in display order
   */
  record Binned(double[] years, Map<String, double[]> values) {}
}
