package org.releasesim.model.metrics;

import java.util.List;

/**
 * The run's counters: for every counted metric and breakdown cell, the value of the current
 * output interval and the running total over the recorded period, in flat arrays (no object per
 * event). Derived metrics (ratios and rates) have no counters: their values are computed from
 * their numerators' and denominators' counters when an interval closes.
 */
public final class Metrics implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final Metric[] METRICS = Metric.values();

  private final List<String> jurisdictions;
  private final int[] offset = new int[METRICS.length];
  private final int[] typeCount = new int[METRICS.length];
  private final int[] groupCount = new int[METRICS.length];
  private final int[] statusCount = new int[METRICS.length];
  private final double[] interval;
  private final double[] total;

  public Metrics(List<String> jurisdictionNames) {
    this.jurisdictions = List.copyOf(jurisdictionNames);
    int next = 0;
    for (Metric m : METRICS) {
      typeCount[m.ordinal()] = m.types().size();
      groupCount[m.ordinal()] = m.groups().size();
      statusCount[m.ordinal()] = m.statuses().size();
      offset[m.ordinal()] = next;
      next += cells(m) * jurisdictions.size();
    }
    interval = new double[next];
    total = new double[next];
  }

  /** Adds one to a flow's cell, for a metric without status categories. */
  public void count(Metric m, int jurisdiction, int type, int group) {
    interval[index(m, jurisdiction, type, group, noLevel(m))] += 1;
  }

  /** Adds one to a flow's cell of status {@code level} (one of the metric's own levels). */
  public void count(Metric m, int jurisdiction, int type, int group, Enum<?> level) {
    interval[index(m, jurisdiction, type, group, levelOf(m, level))] += 1;
  }

  /** Adds an amount to a flow's cell, for a metric without status categories. */
  public void add(Metric m, int jurisdiction, int type, int group, double amount) {
    interval[index(m, jurisdiction, type, group, noLevel(m))] += amount;
  }

  /** Adds an amount to a flow's cell of status {@code level}. */
  public void add(Metric m, int jurisdiction, int type, int group, Enum<?> level,
      double amount) {
    interval[index(m, jurisdiction, type, group, levelOf(m, level))] += amount;
  }

  /** Sets a stock's level at the end of the current interval (no status categories). */
  public void setStock(Metric m, int jurisdiction, int group, double value) {
    interval[index(counted(m), jurisdiction, 0, group, noLevel(m))] = value;
  }

  /** Sets the level of a stock's status {@code level} at the end of the current interval. */
  public void setStock(Metric m, int jurisdiction, int group, Enum<?> level, double value) {
    interval[index(counted(m), jurisdiction, 0, group, levelOf(m, level))] = value;
  }

  /** A status category's index, checked against the metric's own levels. */
  private static int levelOf(Metric m, Enum<?> level) {
    // getClass() first: it is the declaring class for every level enum (none has bodies), and
    // it is what the JIT makes cheapest on a path taken for every offence
    if (level.getClass() != m.levels() && level.getDeclaringClass() != m.levels()) {
      throw new IllegalArgumentException(m + " is counted by " + m.levels().getSimpleName()
          + ", not by " + level.getDeclaringClass().getSimpleName());
    }
    return level.ordinal();
  }

  private static int noLevel(Metric m) {
    if (m.levels() != Metric.NoLevels.class) {
      throw new IllegalArgumentException(m + " is counted by " + m.levels().getSimpleName()
          + ": name the level");
    }
    return 0;
  }

  /** The current interval's value of a cell (tests and live displays); counted metrics only. */
  public double current(Metric m, int jurisdiction, int type, int group, int status) {
    return interval[index(counted(m), jurisdiction, type, group, status)];
  }

  /** The current interval's value of a cell of status {@code level}; counted metrics only. */
  public double current(Metric m, int jurisdiction, int type, int group, Enum<?> level) {
    return current(m, jurisdiction, type, group, levelOf(m, level));
  }

  /** The recorded-period total of a cell of status {@code level}; counted metrics only. */
  public double total(Metric m, int jurisdiction, int type, int group, Enum<?> level) {
    return total(m, jurisdiction, type, group, levelOf(m, level));
  }

  /**
   * The recorded-period total of a cell: a sum for flows, a level x days integral for stocks.
   * Counted metrics only: a derived metric's value is its numerator's total over its
   * denominator's (see {@link Summaries}).
   */
  public double total(Metric m, int jurisdiction, int type, int group, int status) {
    return total[index(counted(m), jurisdiction, type, group, status)];
  }

  /** Forget everything counted so far: the warm-up ends. */
  public void reset() {
    java.util.Arrays.fill(interval, 0);
    java.util.Arrays.fill(total, 0);
  }

  /**
   * Closes an output interval: sends every cell of the counted metrics to the sink, then every
   * cell of the derived ones (computed from the interval's counts), adds flows to their totals
   * and stocks (times the interval's length) to theirs, then clears the flows.
   */
  public void closeInterval(int day, double intervalDays, SeriesSink sink) {
    for (Metric m : METRICS) {
      if (m.derived()) {
        continue;
      }
      for (int j = 0; j < jurisdictions.size(); j++) {
        closeCells(m, j, day, intervalDays, sink);
      }
    }
    if (sink != null) {
      for (Metric m : METRICS) {
        if (m.derived()) {
          emitDerived(m, day, intervalDays, sink);
        }
      }
    }
    for (Metric m : METRICS) {
      if (m.kind() == Metric.Kind.FLOW) {
        int from = offset[m.ordinal()];
        java.util.Arrays.fill(interval, from, from + cells(m) * jurisdictions.size(), 0);
      }
    }
  }

  private void closeCells(Metric m, int j, int day, double intervalDays, SeriesSink sink) {
    List<String> types = m.types();
    List<String> groups = m.groups();
    List<String> statuses = m.statuses();
    for (int t = 0; t < types.size(); t++) {
      for (int g = 0; g < groups.size(); g++) {
        for (int s = 0; s < statuses.size(); s++) {
          int i = index(m, j, t, g, s);
          double v = interval[i];
          total[i] += m.kind() == Metric.Kind.STOCK ? v * intervalDays : v;
          if (sink != null) {
            sink.accept(new SeriesPoint(day, jurisdictions.get(j), m.id(), types.get(t),
                groups.get(g), statuses.get(s), v));
          }
        }
      }
    }
  }

  /**
   * The interval's value of every cell of a derived metric, per jurisdiction: a ratio of the
   * interval's two flows; a rate of the interval's flow over the group's residents at the
   * interval's end, annualised from the interval's length. A cell with nothing to divide by (no
   * victimisations, no residents) is left out, as a gap in the series.
   */
  private void emitDerived(Metric m, int day, double intervalDays, SeriesSink sink) {
    List<String> types = m.types();
    List<String> groups = m.groups();
    for (int j = 0; j < jurisdictions.size(); j++) {
      for (int t = 0; t < types.size(); t++) {
        for (int g = 0; g < groups.size(); g++) {
          double numerator = intervalSum(m.numerator(), m, j, t, g);
          double denominator = intervalSum(m.denominator(), m, j, t, g);
          if (denominator <= 0) {
            continue;
          }
          double value = m.kind() == Metric.Kind.RATIO ? numerator / denominator
              : Metric.per100kPerYear(numerator, denominator, intervalDays);
          sink.accept(new SeriesPoint(day, jurisdictions.get(j), m.id(), types.get(t),
              groups.get(g), SeriesPoint.ALL, value));
        }
      }
    }
  }

  /**
   * The current interval's sum of {@code source}'s cells in jurisdiction {@code j} that fall in
   * the derived metric's cell ({@code t}, {@code g}): a breakdown the derived metric keeps
   * selects its category (if the source has that breakdown), every other is summed out.
   */
  private double intervalSum(Metric source, Metric derived, int j, int t, int g) {
    boolean oneType = derived.types().size() > 1 && source.types().size() > 1;
    boolean oneGroup = derived.groups().size() > 1 && source.groups().size() > 1;
    double sum = 0;
    for (int tt = oneType ? t : 0; tt < (oneType ? t + 1 : source.types().size()); tt++) {
      for (int gg = oneGroup ? g : 0; gg < (oneGroup ? g + 1 : source.groups().size()); gg++) {
        for (int s = 0; s < source.statuses().size(); s++) {
          sum += interval[index(source, j, tt, gg, s)];
        }
      }
    }
    return sum;
  }

  public List<String> jurisdictions() {
    return jurisdictions;
  }

  private int index(Metric m, int j, int t, int g, int s) {
    int k = m.ordinal();
    return offset[k] + (((j * typeCount[k] + t) * groupCount[k] + g) * statusCount[k] + s);
  }

  /** Counters a metric needs per jurisdiction: one per cell, none for a derived metric. */
  private static int cells(Metric m) {
    return m.derived() ? 0 : m.types().size() * m.groups().size() * m.statuses().size();
  }

  private static Metric counted(Metric m) {
    if (m.derived()) {
      throw new IllegalArgumentException(m.id() + " is derived from other metrics and has no"
          + " counters of its own");
    }
    return m;
  }
}
