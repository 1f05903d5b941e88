package org.releasesim.experiment;

import java.util.Locale;
import org.releasesim.model.param.ScenarioParams;

/**
 * How much heap a run needs, from its size alone, so a run that cannot fit is refused before it
 * starts rather than dying of OutOfMemoryError half-way. Each figure is a measured heap cost with
 * a margin:
 * <ul>
 *   <li>per resident, the peak measured by {@code release-sim bench} (persons' arrays,
 *       random-stream counters, tract lists, pending events and garbage between collections);
 *   <li>per tract, what a tract holds over the whole run, about 300 bytes measured after start
 *       (its resident list and group bytes, trust and reporting memory by group, neighbours,
 *       owner, turnover balances, removable density), plus the building's temporaries: a county
 *       of many sparsely peopled tracts needs far more than its residents suggest;
 *   <li>per time-series row held, about 320 bytes measured for a row read back from
 *       timeseries.csv: a run reads its whole series back for the steady-state checks and the
 *       charts once the model is gone, so the larger of the two counts; a sweep keeps the rows
 *       of the series it asks for beside the model, so both count.
 * </ul>
 */
public final class MemoryEstimate {
  /** Peak heap per resident, in bytes (bench: about 176 MB peak for 1,000,000). */
  static final long BYTES_PER_RESIDENT = 200;
  /** Heap per tract, in bytes (about 300 measured, and the build's temporaries). */
  static final long BYTES_PER_TRACT = 400;
  /** Heap per time-series row held, in bytes (about 320 measured when read back). */
  static final long BYTES_PER_SERIES_ROW = 360;
  /** Heap the JVM, MASON and the tool need whatever the scenario, in bytes. */
  static final long BASE_BYTES = 96L << 20;

  private MemoryEstimate() {}

  /** Estimated peak heap of one run of a scenario, in bytes. */
  public static long bytesNeeded(ScenarioParams params) {
    return bytesNeeded(RunSize.of(params));
  }

  /**
   * Estimated peak heap of one run of a given size, in bytes: the model's, and its time series'
   * beside it or after it, as the run holds them.
   */
  public static long bytesNeeded(RunSize size) {
    long model = size.residents() * BYTES_PER_RESIDENT + size.tracts() * BYTES_PER_TRACT;
    long series = size.seriesRows() * BYTES_PER_SERIES_ROW;
    return BASE_BYTES + switch (size.series()) {
      case NONE -> model;
      case AFTER_MODEL -> Math.max(model, series);
      case WITH_MODEL -> model + series;
    };
  }

  /** A suggested -Xmx value (whole gigabytes, rounded up, with a quarter more as headroom). */
  public static String suggestedXmx(long bytes) {
    long gb = (long) Math.ceil(bytes * 1.25 / (1L << 30));
    return "-Xmx" + Math.max(1, gb) + "g";
  }

  /** An amount of memory for people: {@code 480 MB} below a gigabyte, else {@code 1.3 GB}. */
  public static String describe(long bytes) {
    return bytes < 1_000_000_000L
        ? String.format(Locale.ROOT, "%,d MB", (bytes + 999_999) / 1_000_000)
        : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }

  /** A run's size in words, for a message: residents, tracts and counties. */
  public static String words(RunSize size) {
    return String.format(Locale.ROOT, "%,d residents on %,d tracts in %d count%s",
        size.residents(), size.tracts(), size.counties().size(),
        size.counties().size() == 1 ? "y" : "ies");
  }
}
