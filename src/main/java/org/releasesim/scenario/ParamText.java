package org.releasesim.scenario;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamKind;
import org.releasesim.model.param.ParamSchema;

/**
 * The words used for parameters in error messages and the reference document, in one place so
 * that what an error says is allowed matches what the reference says.
 */
final class ParamText {
  private ParamText() {}

  /** A number as a person writes it: {@code 1000}, {@code 0.035}, never {@code 1.0E3}. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The inclusive range of a number: "0 to 1000", "at least 0", "at most 5", or "any". */
  static String range(Param param) {
    boolean hasMin = Double.isFinite(param.min());
    boolean hasMax = Double.isFinite(param.max());
    if (hasMin && hasMax) {
      return number(param.min()) + " to " + number(param.max());
    } else if (hasMin) {
      return "at least " + number(param.min());
    } else if (hasMax) {
      return "at most " + number(param.max());
    }
    return "any";
  }

  /** The allowed length of a list: "1 to 64 items". */
  static String length(Param param) {
    String range = range(param);
    return range.equals("any") ? "any number of items" : range + " items";
  }

  /** What a value of the component may be: "a number from 0 to 1000 (per person-year)". */
  static String allowed(ParamComponent component, String unit) {
    Param param = component.param();
    String range = range(param);
    String bounds = range.equals("any") ? "" : range.contains(" to ") ? " from " + range : " " + range;
    String inUnit = unit.isEmpty() ? "" : " (" + unit + ")";
    if (!param.allowed().isEmpty() && component.kind() == ParamKind.TEXT) {
      return param.allowed();
    }
    return switch (component.kind()) {
      case DOUBLE -> "a number" + bounds + inUnit;
      case OPTIONAL_DOUBLE -> "a number" + bounds + inUnit + ", or leave the key out";
      case INT, LONG -> "a whole number" + bounds + inUnit;
      case BOOLEAN -> "true or false";
      case TEXT -> "a text";
      case ENUM -> "one of " + String.join(", ", component.enumNames());
      case RECORD -> "a mapping with the keys " + keysOf(component.recordType());
      case RECORD_LIST -> "a list of " + length(param) + ", each a mapping with the keys "
          + keysOf(component.recordType());
    };
  }

  /** A short type name for the reference table. */
  static String typeName(ParamComponent component) {
    return switch (component.kind()) {
      case DOUBLE -> "number";
      case OPTIONAL_DOUBLE -> "number, optional";
      case INT, LONG -> "whole number";
      case BOOLEAN -> "true/false";
      case TEXT -> "text";
      case ENUM -> "name";
      case RECORD -> "mapping";
      case RECORD_LIST -> "list";
    };
  }

  /** The keys of a record, comma-separated, in file order. */
  static String keysOf(Class<?> recordType) {
    return ParamSchema.componentsOf(recordType).stream()
        .map(ParamComponent::name)
        .collect(Collectors.joining(", "));
  }

  /** A key path below {@code parent} ("" for the top level). */
  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** Where the default comes from: the source, or "assumption" when no figure backs it. */
  static String source(Param param) {
    String source = param.source();
    if (param.assumption()) {
      return source.isEmpty() ? "assumption" : "assumption (" + source + ")";
    }
    return source;
  }

  /** One sentence for a schema: the doc, the unit, and the source or "Assumption." */
  static String description(Param param, String unit) {
    StringBuilder text = new StringBuilder(param.doc());
    if (!unit.isEmpty()) {
      text.append(" Unit: ").append(unit).append('.');
    }
    if (param.assumption()) {
      text.append(" Assumption.");
    } else if (!param.source().isEmpty()) {
      text.append(" Source: ").append(param.source()).append('.');
    }
    return text.toString();
  }
}
