package org.releasesim.model.param;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The kinds of component a parameter record may have; anything else is a coding error. An
 * {@code OPTIONAL_DOUBLE} (a {@code Double} component) is a number a file may leave unsaid: its
 * default is null, and the model then uses a general parameter the record's documentation names.
 */
public enum ParamKind {
  DOUBLE, OPTIONAL_DOUBLE, INT, LONG, BOOLEAN, TEXT, ENUM, RECORD, RECORD_LIST;

  /** True for the kinds written as numbers. */
  public boolean isNumber() {
    return this == DOUBLE || this == OPTIONAL_DOUBLE || this == INT || this == LONG;
  }

  /** True for the kinds written as whole numbers. */
  public boolean isWhole() {
    return this == INT || this == LONG;
  }

  public static ParamKind of(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == double.class) {
      return DOUBLE;
    } else if (type == Double.class) {
      return OPTIONAL_DOUBLE;
    } else if (type == int.class) {
      return INT;
    } else if (type == long.class) {
      return LONG;
    } else if (type == boolean.class) {
      return BOOLEAN;
    } else if (type == String.class) {
      return TEXT;
    } else if (type.isEnum()) {
      return ENUM;
    } else if (type.isRecord()) {
      return RECORD;
    } else if (type == List.class && listElement(component).isRecord()) {
      return RECORD_LIST;
    }
    throw new IllegalStateException("a parameter record cannot hold "
        + component.getGenericType()
        + " (" + component.getDeclaringRecord().getSimpleName() + "." + component.getName() + ")");
  }

  /** The element class of a {@code List<X>} component. */
  public static Class<?> listElement(RecordComponent component) {
    Type generic = component.getGenericType();
    if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    throw new IllegalStateException("list without a plain element type: " + generic);
  }
}
