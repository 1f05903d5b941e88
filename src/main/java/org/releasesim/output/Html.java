package org.releasesim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Small helpers for writing HTML by hand: escaping, and numbers for people to read. */
final class Html {
  private static final MathContext THREE_DIGITS = new MathContext(3);
  private static final double WHOLE_NUMBER_FROM = 100;

  private Html() {}

  /**
   * Escape text for an HTML element or a quoted attribute value: every character that could
   * open a tag, an entity or end an attribute is replaced, so user text (scenario names and
   * descriptions) can never inject markup or script.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A number for a table people read, the same in every locale: empty for NaN; whole numbers
   * with thousands separators from 100 up ({@code 12,345}); otherwise three significant digits
   * ({@code 0.432}, {@code 12.3}). The CSV files keep the full precision.
   */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "−∞";
    }
    if (Math.abs(value) >= WHOLE_NUMBER_FROM) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
  }
}
