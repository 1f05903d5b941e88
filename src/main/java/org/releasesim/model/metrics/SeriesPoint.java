package org.releasesim.model.metrics;

/**
 * One value of the run's time series, in tidy long form. Breakdown columns hold a category name
 * or {@link #ALL} where the metric is not broken down by that dimension.
 *
 * @param day end of the output interval, in days after the warm-up
 * @param jurisdiction jurisdiction name
 * @param metric metric id (see {@link Metric#id()})
 * @param type crime type, or {@code all}
 * @param group person group (offender, victim or subject, as the metric says), or {@code all}
 * @param status status or outcome category, or {@code all}
 * @param value the value: a count within the interval (flows), a level at its end (stocks),
 *     a share of the interval's counts (ratios), or the interval's count per 100,000 residents
 *     of the group at its end, per year (rates)
 */
public record SeriesPoint(int day, String jurisdiction, String metric, String type, String group,
    String status, double value) {
  public static final String ALL = "all";
}
