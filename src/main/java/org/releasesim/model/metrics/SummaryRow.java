package org.releasesim.model.metrics;

/**
 * One line of a run's summary over the recorded period.
 *
 * @param jurisdiction jurisdiction name, or {@code all} for the scenario as a whole
 * @param metric metric id
 * @param type crime type or {@code all}
 * @param group group or {@code all}
 * @param status status or {@code all}
 * @param kind flow, stock or ratio (see {@link Metric.Kind})
 * @param value flows: total over the recorded period; stocks: time-average level; ratios: the
 *     ratio over the whole period
 * @param perYear flows: value per year; otherwise NaN
 * @param per100kPerYear flows: per 100,000 residents per year; stocks: average level per
 *     100,000 residents; ratios: NaN
 */
public record SummaryRow(String jurisdiction, String metric, String type, String group,
    String status, Metric.Kind kind, double value, double perYear, double per100kPerYear) {}
