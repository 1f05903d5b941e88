package org.releasesim.gui.watch;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.releasesim.model.Group;
import org.releasesim.model.OffenderStatus;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SeriesSink;

/**
 * The live charts' data, fed by the model's own time series: the model closes an output interval
 * every few days after the warm-up and sends every cell as a {@link SeriesPoint}; this sink sums
 * the cells each chart needs over jurisdictions and breakdowns and appends one point per line.
 * Flows are shown per week of the interval's actual length.
 */
public final class ChartFeed implements SeriesSink {
  /** Output intervals in the rolling window of the reporting chart. */
  public static final int REPORTING_WINDOW = 13;
  private static final List<OffenderStatus> CRIME_ORDER = List.of(OffenderStatus.NEVER_BOOKED,
      OffenderStatus.RELEASED_NORMALLY, OffenderStatus.ON_PRETRIAL_RELEASE,
      OffenderStatus.RELEASED_BY_ICE, OffenderStatus.REENTERED_AFTER_REMOVAL,
      OffenderStatus.RELEASED_DETAINER_DECLINED, OffenderStatus.RELEASED_TRANSFER_MISSED);

  private final Map<ChartKind, List<SeriesLine>> lines = new EnumMap<>(ChartKind.class);
  private final ArrayDeque<IntervalSums> window = new ArrayDeque<>();
  private IntervalSums open;
  private int lastClosedDay;
  private double crimesClosed;

  ChartFeed() {
    for (ChartKind k : ChartKind.values()) {
      lines.put(k, k.lines().stream().map(SeriesLine::new).toList());
    }
  }

  @Override
  public void accept(SeriesPoint p) {
    if (open != null && open.day != p.day()) {
      flush();
    }
    if (open == null) {
      open = new IntervalSums(p.day());
    }
    open.add(p);
  }

  /** Closes the interval being received, if any; call when a displayed day ends. */
  void flush() {
    if (open == null) {
      return;
    }
    IntervalSums s = open;
    open = null;
    double perWeek = 7.0 / Math.max(1e-9, s.day - lastClosedDay);
    lastClosedDay = s.day;
    crimesClosed += sum(s.crimes);
    for (int i = 0; i < CRIME_ORDER.size(); i++) {
      line(ChartKind.CRIMES, i).add(s.day, s.crimes[CRIME_ORDER.get(i).ordinal()] * perWeek);
    }
    for (int i = 0; i < 3; i++) {
      line(ChartKind.JAIL, i).add(s.day, s.jail[i]);
    }
    line(ChartKind.JAIL, 3).add(s.day, sum(s.jail));
    line(ChartKind.DETAINERS, 0).add(s.day, s.lodged * perWeek);
    line(ChartKind.DETAINERS, 1).add(s.day, s.honoured * perWeek);
    line(ChartKind.DETAINERS, 2).add(s.day, s.declined * perWeek);
    line(ChartKind.BACKLOG, 0).add(s.day, s.backlog);
    line(ChartKind.BACKLOG, 1).add(s.day, s.custody);
    addReporting(s);
  }

  private void addReporting(IntervalSums s) {
    window.addLast(s);
    if (window.size() > REPORTING_WINDOW) {
      window.removeFirst();
    }
    for (int g = 0; g < Group.count(); g++) {
      double reported = 0;
      double victims = 0;
      for (IntervalSums w : window) {
        reported += w.reported[g];
        victims += w.victims[g];
      }
      if (victims > 0) {
        line(ChartKind.REPORTING, g).add(s.day, reported / victims);
      }
    }
  }

  /** The lines of a chart, in {@link ChartKind#lines()} order. */
  public List<SeriesLine> lines(ChartKind kind) {
    return lines.get(kind);
  }

  /** Offences in the intervals closed so far, summed over every breakdown. */
  double crimesInClosedIntervals() {
    return crimesClosed;
  }

  private SeriesLine line(ChartKind kind, int index) {
    return lines.get(kind).get(index);
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  /** One output interval's cells, summed as the charts need them. */
  private static final class IntervalSums {
    final int day;
    final double[] crimes = new double[OffenderStatus.count()];
    final double[] jail = new double[3];
    final double[] reported = new double[Group.count()];
    final double[] victims = new double[Group.count()];
    double lodged;
    double honoured;
    double declined;
    double backlog;
    double custody;

    IntervalSums(int day) {
      this.day = day;
    }

    void add(SeriesPoint p) {
      Metric m = Metric.byId(p.metric());
      double v = p.value();
      switch (m) {
        case CRIMES -> crimes[OffenderStatus.valueOf(p.status()).ordinal()] += v;
        case JAIL_POPULATION -> jail[m.statuses().indexOf(p.status())] += v;
        case DETAINERS_LODGED -> lodged += v;
        case DETAINERS_HONOURED -> honoured += v;
        case DETAINERS_DECLINED -> declined += v;
        case AT_LARGE_CASES_OPEN -> backlog += v;
        case ICE_CUSTODY_POPULATION -> custody += v;
        case REPORTED -> reported[Group.valueOf(p.group()).ordinal()] += v;
        case VICTIMISATIONS -> victims[Group.valueOf(p.group()).ordinal()] += v;
        default -> {
          // not charted
        }
      }
    }
  }
}
