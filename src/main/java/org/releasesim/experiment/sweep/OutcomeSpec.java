package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;
import org.releasesim.scenario.UserText;

/**
 * One outcome of a sweep: a metric's summary for the scenario as a whole, optionally narrowed to
 * a crime type, a group and a status. Written {@code metric/CATEGORY/...} as in
 * {@code crimes/UNAUTHORIZED} or {@code crimes/VIOLENT/RELEASED_DETAINER_DECLINED}; categories
 * may come in any order, since each belongs to one breakdown of the metric.
 *
 * <p>The value is the summary's per-100,000-residents-per-year rate for flows (so outcomes
 * compare across population sizes), and the value itself for stocks (average level), ratios,
 * and rates (already per 100,000 residents of the group per year, as in
 * {@code victimisation_rate/UNAUTHORIZED}). With one jurisdiction, the scenario total is that
 * jurisdiction's row.
 *
 * @param metric the metric
 * @param type crime type or {@code all}
 * @param group group or {@code all}
 * @param status status or {@code all}
 */
public record OutcomeSpec(Metric metric, String type, String group, String status) {

  /** The column name: the metric id, then the categories that are not {@code all}. */
  public String column() {
    StringBuilder text = new StringBuilder(metric.id());
    for (String part : List.of(type, group, status)) {
      if (!part.equals(SeriesPoint.ALL)) {
        text.append('/').append(part);
      }
    }
    return text.toString();
  }

  /**
   * The unit of the value, for tables and chart axes. A flow's is per 100,000 of all residents;
   * a rate's, which its metric states, per 100,000 residents of the group.
   */
  public String unit() {
    return switch (metric.kind()) {
      case FLOW -> metric.unit() + " per 100k residents per year";
      case STOCK, RATIO, RATE -> metric.unit();
    };
  }

  /**
   * The unit of this outcome's time series (see {@link SeriesOutcomes}), in words for chart
   * axes; the CSV files give {@link Metric#seriesUnit()}.
   */
  public String seriesUnit() {
    return switch (metric.kind()) {
      case FLOW -> metric.unit() + " per interval";
      case STOCK -> metric.unit() + " at the interval's end";
      case RATIO -> metric.unit() + " of the interval";
      case RATE -> metric.unit() + ", over the interval";
    };
  }

  /**
   * Parses {@code metric/CATEGORY/...}.
   *
   * @throws IllegalArgumentException naming the unknown metric or category and what is allowed
   */
  public static OutcomeSpec parse(String text) {
    String[] parts = text.strip().split("/");
    Metric metric = metric(parts[0]);
    String[] chosen = {SeriesPoint.ALL, SeriesPoint.ALL, SeriesPoint.ALL};
    List<List<String>> dims = List.of(metric.types(), metric.groups(), metric.statuses());
    for (int p = 1; p < parts.length; p++) {
      String cat = parts[p].strip().toUpperCase(Locale.ROOT);
      int dim = dimensionOf(dims, cat);
      if (dim < 0 || !chosen[dim].equals(SeriesPoint.ALL)) {
        throw new IllegalArgumentException("'" + UserText.quote(parts[p])
            + "' is not a category of "
            + metric.id() + (dim >= 0 ? " that can be combined with " + chosen[dim] : "")
            + "; allowed: " + categories(dims));
      }
      chosen[dim] = cat;
    }
    if (!metric.additive() && metric.groups().size() > 1 && chosen[1].equals(SeriesPoint.ALL)) {
      throw new IllegalArgumentException(metric.id() + " does not add up over groups; name a"
          + " group, as in " + metric.id() + "/" + metric.groups().get(metric.groups().size() - 1));
    }
    return new OutcomeSpec(metric, chosen[0], chosen[1], chosen[2]);
  }

  /** This outcome's value in a run's summary rows, indexed by {@link #key}; NaN if absent. */
  public double valueIn(Map<String, SummaryRow> rows, String scope) {
    SummaryRow row = rows.get(key(scope, metric.id(), type, group, status));
    if (row == null) {
      return Double.NaN;
    }
    return switch (metric.kind()) {
      case FLOW -> row.per100kPerYear();
      case STOCK, RATIO, RATE -> row.value();
    };
  }

  /** The lookup key of a summary row. */
  static String key(String jurisdiction, String metric, String type, String group,
      String status) {
    return jurisdiction + '|' + metric + '|' + type + '|' + group + '|' + status;
  }

  private static Metric metric(String id) {
    try {
      return Metric.byId(id.strip());
    } catch (IllegalArgumentException e) {
      List<String> ids = new ArrayList<>();
      for (Metric m : Metric.values()) {
        ids.add(m.id());
      }
      throw new IllegalArgumentException("'" + UserText.quote(id.strip())
          + "' is not a metric; allowed: "
          + String.join(", ", ids), e);
    }
  }

  private static int dimensionOf(List<List<String>> dims, String cat) {
    for (int d = 0; d < dims.size(); d++) {
      if (!cat.equals(SeriesPoint.ALL) && dims.get(d).contains(cat)) {
        return d;
      }
    }
    return -1;
  }

  private static String categories(List<List<String>> dims) {
    List<String> all = new ArrayList<>();
    for (List<String> dim : dims) {
      dim.stream().filter(c -> !c.equals(SeriesPoint.ALL)).forEach(all::add);
    }
    return all.isEmpty() ? "none (this metric has no breakdown)" : String.join(", ", all);
  }
}
