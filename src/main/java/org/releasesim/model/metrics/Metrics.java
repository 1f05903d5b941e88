package org.releasesim.model.metrics;

import java.util.List;

/**
 * The run's counters: for every metric and breakdown cell, the value of the current output
 * interval and the running total over the recorded period, in flat arrays (no object per event).
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

  /** Adds one to a flow's cell. Unused breakdowns take index 0. */
  public void count(Metric m, int jurisdiction, int type, int group, int status) {
    interval[index(m, jurisdiction, type, group, status)] += 1;
  }

  /** Adds an amount to a flow's cell. */
  public void add(Metric m, int jurisdiction, int type, int group, int status, double amount) {
    interval[index(m, jurisdiction, type, group, status)] += amount;
  }

  /** Sets a stock's level at the end of the current interval. */
  public void setStock(Metric m, int jurisdiction, int group, int status, double level) {
    interval[index(m, jurisdiction, 0, group, status)] = level;
  }

  /** The current interval's value of a cell (tests and live displays). */
  public double current(Metric m, int jurisdiction, int type, int group, int status) {
    return interval[index(m, jurisdiction, type, group, status)];
  }

  /** The recorded-period total of a cell: a sum for flows, a level x days integral for stocks. */
  public double total(Metric m, int jurisdiction, int type, int group, int status) {
    return total[index(m, jurisdiction, type, group, status)];
  }

  /** Forget everything counted so far: the warm-up ends. */
  public void reset() {
    java.util.Arrays.fill(interval, 0);
    java.util.Arrays.fill(total, 0);
  }

  /**
   * Closes an output interval: sends every cell to the sink, adds flows to their totals and
   * stocks (times the interval's length) to theirs, then clears the flows.
   */
  public void closeInterval(int day, double intervalDays, SeriesSink sink) {
    for (Metric m : METRICS) {
      if (m.kind() == Metric.Kind.RATIO) {
        continue;
      }
      for (int j = 0; j < jurisdictions.size(); j++) {
        closeCells(m, j, day, intervalDays, sink);
      }
    }
    emitReportingRates(day, sink);
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

  private void emitReportingRates(int day, SeriesSink sink) {
    if (sink == null) {
      return;
    }
    List<String> groups = Metric.REPORTING_RATE.groups();
    for (int j = 0; j < jurisdictions.size(); j++) {
      for (int g = 0; g < groups.size(); g++) {
        double reported = 0;
        double victimisations = 0;
        for (int t = 0; t < Metric.REPORTED.types().size(); t++) {
          reported += interval[index(Metric.REPORTED, j, t, g, 0)];
          victimisations += interval[index(Metric.VICTIMISATIONS, j, t, g, 0)];
        }
        if (victimisations > 0) {
          sink.accept(new SeriesPoint(day, jurisdictions.get(j), Metric.REPORTING_RATE.id(),
              SeriesPoint.ALL, groups.get(g), SeriesPoint.ALL, reported / victimisations));
        }
      }
    }
  }

  public List<String> jurisdictions() {
    return jurisdictions;
  }

  private int index(Metric m, int j, int t, int g, int s) {
    int k = m.ordinal();
    return offset[k] + (((j * typeCount[k] + t) * groupCount[k] + g) * statusCount[k] + s);
  }

  private static int cells(Metric m) {
    return m.types().size() * m.groups().size() * m.statuses().size();
  }
}
