package org.releasesim.model.metrics;

/**
 * One line of a run's summary over the recorded period.
 *
 * @param jurisdiction jurisdiction name, or {@code all} for the scenario as a whole
 * @param metric metric id
 * @param type crime type or {@code all}
 * @param group group or {@code all}
 * @param status status or {@code all}
 * @param kind flow, stock, ratio or rate (see {@link Metric.Kind})
 * @param value flows: total over the recorded period; stocks: time-average level; ratios: the
 *     ratio over the whole period; rates: per 100,000 residents of the row's group (all
 *     residents for the group {@code all}) per year, over the whole period
 * @param perYear flows: value per year; otherwise NaN
 * @param per100kPerYear flows: per 100,000 residents (of every group) per year; stocks: average
 *     level per 100,000 residents; ratios and rates: NaN (a rate's value is already one)
 */
public record SummaryRow(String jurisdiction, String metric, String type, String group,
    String status, Metric.Kind kind, double value, double perYear, double per100kPerYear) {

  /**
   * The unit of {@link #value}: the metric's count unit for flows (a total over the recorded
   * period) and stocks (the average level), {@code share} for ratios, and the rate's own unit
   * for rates. {@link #perYear} is in this unit per year, {@link #per100kPerYear} in this unit
   * per 100,000 residents per year (flows) or per 100,000 residents (stocks).
   */
  public String unit() {
    return Metric.byId(metric).unit();
  }

  /**
   * Whether this row is a margin: a total over jurisdictions ({@code all}) or over one of its
   * metric's breakdowns (see {@link Metric#isMargin}), so that summing it with the rows it
   * totals would count them twice.
   */
  public boolean margin() {
    return SeriesPoint.ALL.equals(jurisdiction) || Metric.byId(metric).isMargin(type, group,
        status);
  }
}
