package org.releasesim.experiment.compare;

import java.util.Locale;
import org.releasesim.experiment.sweep.OutcomeSpec;

/**
 * A size of effect worth knowing the probability of: the effect of a policy on an outcome
 * exceeds it when {@code effect > value} (absolute, in the outcome's unit) or
 * {@code effect > value / 100 * reference mean} (relative, in percent of the reference policy's
 * mean for the same draw). Written {@code crimes=+50} or {@code crimes=+1%}.
 *
 * @param outcome the outcome column
 * @param value the threshold, in the outcome's unit or in percent
 * @param relative whether it is in percent of the reference mean
 */
public record Threshold(String outcome, double value, boolean relative) {
  private static final String DECIMAL = "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?";

  /**
   * Parses {@code OUTCOME=VALUE} or {@code OUTCOME=VALUE%}.
   *
   * @throws IllegalArgumentException with what is allowed, if the text is neither
   */
  public static Threshold parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new IllegalArgumentException("'" + text + "' is not OUTCOME=VALUE; write, for"
          + " example, crimes=+1% (relative to the reference policy's mean) or crimes=+50"
          + " (absolute, in the outcome's unit)");
    }
    String outcome = OutcomeSpec.parse(text.substring(0, eq).strip()).column();
    String number = text.substring(eq + 1).strip();
    boolean relative = number.endsWith("%");
    if (relative) {
      number = number.substring(0, number.length() - 1).strip();
    }
    double value;
    try {
      value = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "': the threshold '" + number + "' is"
          + " not a number; write, for example, crimes=+1% or crimes=+50", e);
    }
    // Java also reads "1d", "1f" and hexadecimal; only decimal numbers, exponent allowed
    if (!Double.isFinite(value) || !number.matches(DECIMAL)) {
      throw new IllegalArgumentException("'" + text + "': the threshold must be a finite"
          + " number, such as +1% or +50");
    }
    return new Threshold(outcome, value, relative);
  }

  /** Whether an effect exceeds the threshold, given the reference policy's mean. */
  public boolean exceededBy(double effect, double referenceMean) {
    return effect > (relative ? value / 100 * referenceMean : value);
  }

  /** The threshold as given, such as {@code +1%} or {@code +50}. */
  public String text() {
    String v = value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
    return (value >= 0 ? "+" : "") + v + (relative ? "%" : "");
  }

  /**
   * What exceeding means, for a sentence: "raises crimes by more than 1% relative to
   * HONOR_DETAINERS", or for a negative threshold "lowers crimes by less than 2% relative to
   * HONOR_DETAINERS, or raises it".
   */
  public String phrase(String policy, String reference, String unit) {
    double size = Math.abs(value);
    String amount = (size == Math.rint(size) && size < 1e15 ? Long.toString((long) size)
        : String.format(Locale.ROOT, "%s", size)) + (relative ? "%" : " " + unit);
    String against = (relative ? " relative to " : " compared with ") + reference;
    if (value >= 0) {
      return policy + " raises " + outcome + " by more than " + amount + against;
    }
    return policy + " lowers " + outcome + " by less than " + amount + against + ", or raises"
        + " it";
  }
}
