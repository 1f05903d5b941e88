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
    String status, Metric.Kind kind, double value, double perYear, double per100kPerYear) {}
