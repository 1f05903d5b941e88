package org.releasesim.experiment.sweep;

/**
 * A time-series value of one run, as runs-series.csv holds it.
 *
 * @param run the run index
 * @param value the value
 */
public record RunSeriesValue(int run, SeriesValue value) {}
