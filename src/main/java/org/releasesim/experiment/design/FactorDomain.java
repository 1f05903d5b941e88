package org.releasesim.experiment.design;

import java.math.BigDecimal;
import java.util.List;

/** The values a factor takes: a list of levels, or a numeric range sampled by the design. */
public sealed interface FactorDomain {

  /** The value at a unit coordinate {@code u} in [0, 1], as scenario override text. */
  String valueAt(double u, boolean integer);

  /**
   * Levels given as texts, as they are written into the scenario ({@code NOTIFY_ONLY}, {@code 12},
   * {@code 0.107}, {@code true}). A unit coordinate picks level {@code floor(u * k)}, so the k
   * levels split [0, 1] into equal parts (the last part includes 1).
   */
  record Levels(List<String> values) implements FactorDomain {
    public Levels {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a factor needs at least one level");
      }
    }

    @Override
    public String valueAt(double u, boolean integer) {
      int k = values.size();
      return values.get(Math.min(k - 1, Math.max(0, (int) Math.floor(u * k))));
    }
  }

  /**
   * A closed numeric range; a unit coordinate maps linearly onto it, rounded to the nearest
   * whole number for integer parameters.
   */
  record Range(double min, double max) implements FactorDomain {
    public Range {
      if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
        throw new IllegalArgumentException("a range needs finite min <= max, got [" + min + ", "
            + max + "]");
      }
    }

    @Override
    public String valueAt(double u, boolean integer) {
      double v = min + u * (max - min);
      return format(Math.min(max, Math.max(min, v)), integer);
    }
  }

  /**
   * A number as override text: whole numbers without a decimal point for integer parameters,
   * else plain decimal notation with the shortest digits that read back to the same double
   * (YAML would read {@code 1.0E10} as text, never {@code 1e10} as a number, so no exponent).
   */
  static String format(double value, boolean integer) {
    if (integer) {
      return Long.toString(Math.round(value));
    }
    if (value == 0) {
      return "0.0";
    }
    return new BigDecimal(Double.toString(value)).toPlainString();
  }
}
