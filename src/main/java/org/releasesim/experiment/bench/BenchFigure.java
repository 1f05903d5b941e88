package org.releasesim.experiment.bench;

import java.util.Locale;

/**
 * One measured figure: which measurement, what exactly, the value and its unit, and a note
 * that qualifies it ("" for none), such as a ratio of timings too short to mean anything.
 */
public record BenchFigure(String measure, String what, double value, String unit, String note) {
  /** A figure without a note. */
  public BenchFigure(String measure, String what, double value, String unit) {
    this(measure, what, value, unit, "");
  }

  /** A line for the terminal. */
  public String toLine() {
    String line = String.format(Locale.ROOT, "%-18s %-44s %,16.2f %s", measure, what, value,
        unit);
    return note.isEmpty() ? line : line + "  (" + note + ")";
  }
}
