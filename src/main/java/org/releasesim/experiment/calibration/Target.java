package org.releasesim.experiment.calibration;

import org.releasesim.experiment.stats.Estimate;

/**
 * A published figure the defaults are calibrated to, and the rule that decides whether the
 * model reproduces it.
 *
 * <p>Tolerances: 3 percentage points for shares, 10% of the published value for counts (rates
 * per 100,000, days). The full form passes a target when the mean over
 * replications lies within the tolerance. The quick form has few, small replications, so its
 * mean moves by about the width of its confidence interval from seed to seed; it passes a
 * target when the interval reaches the tolerance band (|mean - published| &lt;= tolerance +
 * half-width), which still fails on any drift larger than the noise. An ordering passes when
 * its margin is positive in the mean, in both forms.
 *
 * @param id identifier used in tests and in the report
 * @param label what is measured, for the table
 * @param published the published value (a share as 0-1; counts in their unit)
 * @param check how the model's value is compared with it
 * @param unit unit of counts ("per 100k per year", "days"), empty for shares
 * @param source the publication, short
 * @param definition how the model's value is measured, for the report
 */
public record Target(String id, String label, double published, Check check, String unit,
    String source, String definition) {

  /** How a target is checked. */
  public enum Check {
    /** A share: passes within 3 percentage points. */
    SHARE,
    /** A count or duration: passes within 10% of the published value. */
    COUNT,
    /** An ordering, measured as a margin in shares: passes if the margin is positive. */
    ORDERING,
    /** Shown for context, never failed. */
    DIAGNOSTIC
  }

  /** Absolute tolerance in the target's own unit; NaN for orderings and diagnostics. */
  public double tolerance() {
    return switch (check) {
      case SHARE -> 0.03;
      case COUNT -> 0.10 * Math.abs(published);
      case ORDERING, DIAGNOSTIC -> Double.NaN;
    };
  }

  /** Whether the estimate passes, by the rule of the full or (ciAware) quick form. */
  public boolean passes(Estimate e, boolean ciAware) {
    if (check == Check.DIAGNOSTIC) {
      return true;
    }
    if (Double.isNaN(e.mean())) {
      return false;
    }
    if (check == Check.ORDERING) {
      return e.mean() > 0;
    }
    double slack = ciAware && !Double.isNaN(e.halfWidth()) ? e.halfWidth() : 0;
    return Math.abs(e.mean() - published) <= tolerance() + slack;
  }

  /** Whether the value is a share (shown in percent). */
  public boolean isShare() {
    return check != Check.COUNT && unit.isEmpty();
  }
}
