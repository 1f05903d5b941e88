/**
 * What the model counts: every output {@link org.releasesim.model.metrics.Metric} with its kind
 * (flow, stock, ratio, rate), unit and breakdowns (crime type, group and an enum of status
 * categories of its own), and the counters that close each output interval into the time
 * series and keep the recorded period's totals.
 */
package org.releasesim.model.metrics;
