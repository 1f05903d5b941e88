package org.releasesim.experiment.bench;

import java.util.Locale;

/** One measured figure: which measurement, what exactly, the value and its unit. */
public record BenchFigure(String measure, String what, double value, String unit) {
  /** A line for the terminal. */
  public String toLine() {
    return String.format(Locale.ROOT, "%-18s %-44s %,16.2f %s", measure, what, value, unit);
  }
}
