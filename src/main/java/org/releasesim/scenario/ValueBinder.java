package org.releasesim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.releasesim.model.param.Param;
import org.releasesim.scenario.YamlNode.Scalar;
import org.releasesim.scenario.YamlNode.ScalarKind;

/**
 * Turns one scalar into the value of a number, switch, text or enum component, checking its type
 * and the {@link Param} range. Numbers are read as exact decimals first, so a range check never
 * depends on rounding, and then to the nearest double (so values round-trip exactly).
 */
final class ValueBinder {
  private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final List<String> TRUE_WORDS = List.of("true", "yes", "on");

  private ValueBinder() {}

  static Object bind(BoundField field, YamlNode node) {
    if (!(node instanceof Scalar scalar)) {
      throw field.error(node, "is not a single value");
    }
    return switch (field.component().kind()) {
      case DOUBLE, OPTIONAL_DOUBLE ->
          Double.parseDouble(inRange(field, decimal(field, scalar), scalar).toString());
      case INT -> whole(field, scalar, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
      case LONG -> whole(field, scalar, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
      case BOOLEAN -> bool(field, scalar);
      case TEXT -> scalar.text();
      case ENUM -> enumConstant(field, scalar);
      case RECORD, RECORD_LIST -> throw new IllegalStateException("not a single value: " + field);
    };
  }

  /**
   * Longest number read, in characters: a double needs at most 17 significant digits and an
   * exponent, and a longer text costs more to convert than to refuse.
   */
  static final int MAX_NUMBER_CHARS = 64;

  private static BigDecimal decimal(BoundField field, Scalar scalar) {
    String text = scalar.text().replace("_", "");
    if (text.length() > MAX_NUMBER_CHARS) {
      throw field.error(scalar, "is too long for a number (" + text.length() + " characters; at"
          + " most " + MAX_NUMBER_CHARS + ")");
    }
    // BigDecimal reads any script's digits, so this comes before the quoted-number check
    UserText.firstNonAsciiDigit(text).ifPresent(digit -> {
      throw field.error(scalar, "holds a digit that is not ASCII (" + digit + "); write"
          + " numbers with the digits 0 to 9");
    });
    if (scalar.kind() != ScalarKind.INTEGER && scalar.kind() != ScalarKind.DECIMAL) {
      boolean quotedNumber = scalar.kind() == ScalarKind.TEXT && parses(text);
      throw field.error(scalar, quotedNumber ? "is quoted text, not a number (remove the quotes)"
          : "is not a number");
    }
    if (NON_FINITE.matcher(text).matches()) {
      throw field.error(scalar, "is not a finite number (NaN and infinity are not allowed)");
    }
    if (!parses(text)) {
      throw field.error(scalar, "is not a plain decimal number (write digits, a point and an"
          + " optional exponent, such as 0.25 or 1e6)");
    }
    return new BigDecimal(text);
  }

  private static boolean parses(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BigInteger whole(BoundField field, Scalar scalar, long lowest, long highest) {
    BigDecimal value = decimal(field, scalar);
    // digits before the point, known without expanding 1e200000000 into 200 million digits
    if (value.signum() != 0 && value.precision() - value.scale() > 19) {
      throw field.error(scalar, "is outside the range this whole number can hold ("
          + lowest + " to " + highest + ")");
    }
    BigInteger whole;
    try {
      whole = value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw field.error(scalar, "is not a whole number");
    }
    inRange(field, value, scalar);
    if (whole.compareTo(BigInteger.valueOf(lowest)) < 0
        || whole.compareTo(BigInteger.valueOf(highest)) > 0) {
      throw field.error(scalar, "is outside the range this whole number can hold ("
          + lowest + " to " + highest + ")");
    }
    return whole;
  }

  /** The value itself, once it lies within the inclusive @Param range. */
  private static BigDecimal inRange(BoundField field, BigDecimal value, Scalar scalar) {
    Param param = field.component().param();
    boolean tooLow = Double.isFinite(param.min()) && value.compareTo(BigDecimal.valueOf(param.min())) < 0;
    boolean tooHigh = Double.isFinite(param.max()) && value.compareTo(BigDecimal.valueOf(param.max())) > 0;
    if (tooLow || tooHigh) {
      throw field.error(scalar, "is out of range");
    }
    if (Double.isInfinite(value.doubleValue())) {
      throw field.error(scalar, "is too large");
    }
    return value;
  }

  private static boolean bool(BoundField field, Scalar scalar) {
    if (scalar.kind() != ScalarKind.BOOLEAN) {
      throw field.error(scalar, "is not true or false");
    }
    return TRUE_WORDS.contains(scalar.text().toLowerCase(Locale.ROOT));
  }

  private static Object enumConstant(BoundField field, Scalar scalar) {
    if (scalar.kind() == ScalarKind.INTEGER || scalar.kind() == ScalarKind.DECIMAL) {
      throw field.error(scalar, "is a number, not a name");
    }
    for (Object constant : field.component().type().getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(scalar.text())) {
        return constant;
      }
    }
    throw field.error(scalar, "is not an allowed name"
        + Suggestions.hint(scalar.text(), field.component().enumNames()));
  }
}
