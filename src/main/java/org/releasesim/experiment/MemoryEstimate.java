package org.releasesim.experiment;

import org.releasesim.model.param.ScenarioParams;

/**
 * How much heap a run needs, from its size alone, so a run that cannot fit is refused before it
 * starts rather than dying of OutOfMemoryError half-way. The per-resident figure is the peak
 * heap per resident measured by {@code release-sim bench} (persons' arrays, random-stream
 * counters, tract lists, pending events and garbage between collections), with a margin.
 */
public final class MemoryEstimate {
  /** Peak heap per resident, in bytes (bench: about 176 MB peak for 1,000,000). */
  static final long BYTES_PER_RESIDENT = 200;
  /** Heap the JVM, MASON and the tool need whatever the scenario, in bytes. */
  static final long BASE_BYTES = 96L << 20;

  private MemoryEstimate() {}

  /** Estimated peak heap of one run, in bytes. */
  public static long bytesNeeded(ScenarioParams params) {
    return BASE_BYTES + params.totalPopulation() * BYTES_PER_RESIDENT;
  }

  /** A suggested -Xmx value (whole gigabytes, rounded up, with a quarter more as headroom). */
  public static String suggestedXmx(long bytes) {
    long gb = (long) Math.ceil(bytes * 1.25 / (1L << 30));
    return "-Xmx" + Math.max(1, gb) + "g";
  }
}
