package org.releasesim.output.sweep;

import java.util.Locale;
import org.releasesim.output.ChartTheme;

/**
 * Sizes and label formats of the sweep charts; their look is {@link ChartTheme}'s, as every
 * chart's is.
 */
final class SweepChartStyle {
  static final int WIDTH = 1000;
  static final int HEIGHT = 560;

  private SweepChartStyle() {}

  /** A number for a label inside a chart: thousands separated, about four digits shown. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double a = Math.abs(v);
    String pattern = a >= 100 ? "#,##0" : a >= 1 ? "0.##" : "0.####";
    return new java.text.DecimalFormat(pattern,
        java.text.DecimalFormatSymbols.getInstance(Locale.US)).format(v);
  }

  /** A short display name for a factor: the last part of its key path. */
  static String shortName(String factor) {
    int dot = factor.lastIndexOf('.');
    return dot < 0 ? factor : factor.substring(dot + 1);
  }
}
