package org.releasesim.model.metrics;

/** Receives the time series as the run produces it (a list, a CSV stream, a live chart). */
@FunctionalInterface
public interface SeriesSink {
  void accept(SeriesPoint point);
}
