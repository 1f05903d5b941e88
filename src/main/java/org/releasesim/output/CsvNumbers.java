package org.releasesim.output;

import java.math.BigDecimal;

/**
 * Formats and parses the numbers in our CSV files, the same way on every machine and in every
 * locale, so that files are byte-identical across runs with the same seed and read back to the
 * same {@code double}.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>NaN is an empty cell (R reads it as {@code NA}, pandas as {@code NaN}); infinities are
 *       {@code Inf} and {@code -Inf} (both R and pandas read them).</li>
 *   <li>Integral values below 10<sup>15</sup> in magnitude are written as integers, without
 *       {@code .0}: {@code 42}, {@code 123456789}. Negative zero is written {@code 0}.</li>
 *   <li>Other values with magnitude in [10<sup>-9</sup>, 10<sup>15</sup>) are written in plain
 *       decimal notation with the digits of {@link Double#toString(double)}, which are enough to
 *       read back the same double: {@code 0.1}, {@code 0.0000001}, {@code 2.5}.</li>
 *   <li>Anything else (tiny or huge) uses {@link Double#toString(double)}'s scientific form,
 *       such as {@code 1.0E-12}, which R and pandas also read.</li>
 * </ol>
 * Every step uses locale-independent JDK methods, so a German locale gives no decimal commas.
 */
public final class CsvNumbers {
  private static final double PLAIN_MIN = 1e-9;
  private static final double PLAIN_MAX = 1e15;

  private CsvNumbers() {}

  /** Format a value for a CSV cell by the rule above. */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Inf" : "-Inf";
    }
    double magnitude = Math.abs(value);
    if (magnitude == 0) {
      return "0";
    }
    if (magnitude < PLAIN_MAX && value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
    return Double.toString(value);
  }

  /**
   * Parse a CSV cell written by {@link #format(double)} (or by R or pandas): an empty cell (or
   * {@code NA}, {@code NaN}) is NaN.
   *
   * @throws NumberFormatException if the cell is not a number
   */
  public static double parse(String cell) {
    String text = cell.strip();
    switch (text) {
      case "", "NA", "NaN", "nan":
        return Double.NaN;
      case "Inf", "inf", "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Inf", "-inf", "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }
}
