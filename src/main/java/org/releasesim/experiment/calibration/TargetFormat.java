package org.releasesim.experiment.calibration;

import java.util.Locale;
import org.releasesim.experiment.stats.Estimate;

/**
 * How target values read in the table and the report: shares in percent with one decimal,
 * orderings as margins in percentage points, counts with thousands separators and their unit.
 */
final class TargetFormat {
  private TargetFormat() {}

  /** A value of the target's kind, e.g. "43.4%", "+2.3 pp", "2,223". */
  static String value(Target t, double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (t.check() == Target.Check.ORDERING) {
      return String.format(Locale.ROOT, "%+.1f pp", 100 * v);
    }
    if (t.isShare()) {
      return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
    return Math.abs(v) >= 100 ? String.format(Locale.US, "%,.0f", v)
        : String.format(Locale.ROOT, "%.1f", v);
  }

  /** The 95% interval, e.g. "[42.1, 44.7]" (in the value's scale, without the unit). */
  static String interval(Target t, Estimate e) {
    if (Double.isNaN(e.halfWidth())) {
      return "n/a";
    }
    return "[" + bare(t, e.low()) + ", " + bare(t, e.high()) + "]";
  }

  /** The published value with its tolerance, e.g. "43.0% ± 3 pp", "2,200 ± 10%". */
  static String published(Target t) {
    return switch (t.check()) {
      case SHARE -> value(t, t.published()) + " ± 3 pp";
      case COUNT -> value(t, t.published()) + " ± 10%";
      case ORDERING -> "> 0 (BJS " + value(t, t.published()) + ")";
      case DIAGNOSTIC -> Double.isNaN(t.published()) ? "-" : value(t, t.published());
    };
  }

  /** The verdict word. */
  static String verdict(TargetResult r) {
    return r.checked() ? (r.passed() ? "pass" : "FAIL") : "info";
  }

  /** The unit to print after counts, or empty. */
  static String unit(Target t) {
    return t.isShare() || t.check() == Target.Check.ORDERING ? "" : t.unit();
  }

  private static String bare(Target t, double v) {
    String s = value(t, v);
    return s.replace("%", "").replace(" pp", "");
  }
}
