package org.releasesim.experiment.sweep;

/**
 * One value of a run's time series of an outcome.
 *
 * @param outcome index into the sweep's time-series outcomes
 * @param day end of the output interval, days after the warm-up
 * @param value flows: count within the interval; stocks: level at its end; ratios: the share
 */
public record SeriesValue(int outcome, int day, double value) {}
