package org.releasesim.experiment;

/**
 * About how much disk a run's folder takes when finished, from its size alone, to tell a user
 * whose disk filled up how much room to make. Measured on finished runs: about 82 bytes per
 * time-series row, and per county about 1 MB of charts, summary rows and report.
 */
public final class DiskEstimate {
  static final long BYTES_PER_SERIES_ROW = 82;
  static final long BYTES_PER_COUNTY = 1_000_000;
  /** Manifest, scenario, dictionaries and the charts of the scenario as a whole. */
  static final long BASE_BYTES = 500_000;

  private DiskEstimate() {}

  /** Bytes of a finished run's folder, about (without checkpoints). */
  public static long outputBytes(RunSize size) {
    return BASE_BYTES + size.seriesRows() * BYTES_PER_SERIES_ROW
        + size.counties().size() * BYTES_PER_COUNTY;
  }
}
