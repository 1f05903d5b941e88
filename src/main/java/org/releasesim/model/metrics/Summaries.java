package org.releasesim.model.metrics;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.param.TimeParams;

/**
 * Turns a run's totals into summary rows: for every metric, every jurisdiction and the scenario as
 * a whole, the full breakdown and every marginal (each breakdown dimension summed out or kept),
 * as totals, per year, and per 100,000 residents per year. A derived metric's row, marginal or
 * whole-scenario alike, divides its numerator's total over the row's cells by its
 * denominator's over the same cells: a ratio over the whole period, a rate per 100,000
 * residents of the row's group (all residents for {@code all}) per year.
 */
public final class Summaries {
  private final Metrics metrics;
  private final double recordedDays;

  public Summaries(Metrics metrics, double recordedDays) {
    this.metrics = metrics;
    this.recordedDays = recordedDays;
  }

  /** All summary rows, in a fixed order. */
  public List<SummaryRow> rows() {
    List<SummaryRow> rows = new ArrayList<>();
    int n = metrics.jurisdictions().size();
    for (Metric m : Metric.values()) {
      for (int j = -1; j < n; j++) {
        if (j < 0 && (!m.additive() || n == 1)) {
          continue;
        }
        addMarginals(rows, m, j);
      }
    }
    return rows;
  }

  private void addMarginals(List<SummaryRow> rows, Metric m, int j) {
    int[] sizes = {m.types().size(), m.groups().size(), m.statuses().size()};
    for (int mask = 0; mask < 8; mask++) {
      if (!usable(mask, sizes, m)) {
        continue;
      }
      int[] keep = {mask & 1, (mask >> 1) & 1, (mask >> 2) & 1};
      int nt = keep[0] == 1 ? sizes[0] : 1;
      int ng = keep[1] == 1 ? sizes[1] : 1;
      int ns = keep[2] == 1 ? sizes[2] : 1;
      for (int t = 0; t < nt; t++) {
        for (int g = 0; g < ng; g++) {
          for (int s = 0; s < ns; s++) {
            rows.add(row(m, j, keep, t, g, s));
          }
        }
      }
    }
  }

  /** A dimension is kept only if it has categories; non-additive metrics keep all of theirs. */
  private static boolean usable(int mask, int[] sizes, Metric m) {
    for (int d = 0; d < 3; d++) {
      boolean kept = ((mask >> d) & 1) == 1;
      if (kept && sizes[d] == 1) {
        return false;
      }
      if (!kept && sizes[d] > 1 && !m.additive()) {
        return false;
      }
    }
    return true;
  }

  private SummaryRow row(Metric m, int j, int[] keep, int t, int g, int s) {
    String type = keep[0] == 1 ? m.types().get(t) : SeriesPoint.ALL;
    String group = keep[1] == 1 ? m.groups().get(g) : SeriesPoint.ALL;
    String status = keep[2] == 1 ? m.statuses().get(s) : SeriesPoint.ALL;
    String where = j < 0 ? SeriesPoint.ALL : metrics.jurisdictions().get(j);
    double years = recordedDays / TimeParams.DAYS_PER_YEAR;
    double residents = meanResidents(j);
    if (m.kind() == Metric.Kind.RATIO) {
      double ratio = sum(m.numerator(), j, keep, t, g, s) / sum(m.denominator(), j, keep, t, g, s);
      return new SummaryRow(where, m.id(), type, group, status, m.kind(), ratio, Double.NaN,
          Double.NaN);
    }
    if (m.kind() == Metric.Kind.RATE) {
      double groupResidents = sum(m.denominator(), j, keep, t, g, s) / recordedDays;
      double rate = Metric.per100kPerYear(sum(m.numerator(), j, keep, t, g, s), groupResidents,
          recordedDays);
      return new SummaryRow(where, m.id(), type, group, status, m.kind(), rate, Double.NaN,
          Double.NaN);
    }
    double total = sum(m, j, keep, t, g, s);
    if (m.kind() == Metric.Kind.STOCK) {
      double level = total / recordedDays;
      double per100k = m.additive() ? level / residents * 1e5 : Double.NaN;
      return new SummaryRow(where, m.id(), type, group, status, m.kind(), level, Double.NaN,
          per100k);
    }
    return new SummaryRow(where, m.id(), type, group, status, m.kind(), total, total / years,
        total / years / residents * 1e5);
  }

  private double meanResidents(int j) {
    int[] keepNone = {0, 0, 0};
    return sum(Metric.RESIDENTS, j, keepNone, 0, 0, 0) / recordedDays;
  }

  /**
   * Sums a counted metric's totals over the dimensions not kept, and over jurisdictions if
   * j < 0. The kept categories {@code t, g, s} are those of the row's metric, which for a
   * derived row is not {@code m} itself but its numerator or denominator: a kept dimension that
   * {@code m} does not break down by is summed out like the others (a rate by crime type
   * divides by all the group's residents).
   */
  private double sum(Metric m, int j, int[] keep, int t, int g, int s) {
    int[] sizes = {m.types().size(), m.groups().size(), m.statuses().size()};
    boolean[] select = new boolean[3];
    for (int d = 0; d < 3; d++) {
      select[d] = keep[d] == 1 && sizes[d] > 1;
    }
    double sum = 0;
    int from = j < 0 ? 0 : j;
    int to = j < 0 ? metrics.jurisdictions().size() : j + 1;
    for (int jj = from; jj < to; jj++) {
      for (int tt = 0; tt < sizes[0]; tt++) {
        for (int gg = 0; gg < sizes[1]; gg++) {
          for (int ss = 0; ss < sizes[2]; ss++) {
            if ((!select[0] || tt == t) && (!select[1] || gg == g) && (!select[2] || ss == s)) {
              sum += metrics.total(m, jj, tt, gg, ss);
            }
          }
        }
      }
    }
    return sum;
  }
}
