package org.releasesim.output.sweep;

import java.util.Locale;

/**
 * Numbers as a reader of a report expects them: digits grouped in thousands, a sensible number
 * of decimals for the size, never scientific notation for values a table of counts and rates
 * holds.
 */
final class PlainNumbers {
  private PlainNumbers() {}

  /** A value; empty for NaN. */
  static String of(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    double a = Math.abs(v);
    int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.001 || a == 0 ? 3
        : decimalsFor(a);
    return fixed(v, decimals);
  }

  /**
   * A difference, to the precision its interval warrants: two significant digits of the
   * interval's half-width (with a half-width of 0.0012, 0.000072 shows as 0.0001, not 7.2e-05).
   */
  static String of(double v, double halfWidth) {
    if (Double.isNaN(v) || Double.isInfinite(v) || Double.isNaN(halfWidth) || halfWidth <= 0
        || Double.isInfinite(halfWidth)) {
      return of(v);
    }
    return fixed(v, decimalsFor(halfWidth));
  }

  /** An interval to the precision of its own half-width. */
  static String interval(double low, double high, double halfWidth) {
    return Double.isNaN(low) || Double.isNaN(high) ? ""
        : "[" + of(low, halfWidth) + ", " + of(high, halfWidth) + "]";
  }

  /** Decimals that show two significant digits of a positive size (0 to 10). */
  private static int decimalsFor(double size) {
    int d = 1 - (int) Math.floor(Math.log10(size));
    return Math.max(0, Math.min(10, d));
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%," + "." + decimals + "f", v);
  }

  /** A share as a percentage with one decimal and its sign ("+1.3%"); empty for NaN. */
  static String percent(double share) {
    if (Double.isNaN(share) || Double.isInfinite(share)) {
      return "";
    }
    return String.format(Locale.ROOT, "%+.1f%%", 100 * share);
  }

  /** An interval "[low, high]"; empty when undefined. */
  static String interval(double low, double high) {
    return Double.isNaN(low) || Double.isNaN(high) ? "" : "[" + of(low) + ", " + of(high) + "]";
  }
}
