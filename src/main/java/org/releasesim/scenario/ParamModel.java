package org.releasesim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.releasesim.model.param.Param;

/** Reflection over the parameter records: their components, defaults and constructors. */
final class ParamModel {
  private static final String DEFAULTS = "DEFAULTS";

  private ParamModel() {}

  /** The components of a parameter record, in declaration (and so file) order. */
  static List<ParamComponent> componentsOf(Class<?> recordType) {
    List<ParamComponent> result = new ArrayList<>();
    for (RecordComponent c : recordType.getRecordComponents()) {
      Param param = c.getAnnotation(Param.class);
      if (param == null) {
        throw new IllegalStateException(recordType.getSimpleName() + "." + c.getName()
            + " has no @Param annotation");
      }
      result.add(new ParamComponent(c, param, ParamKind.of(c)));
    }
    return result;
  }

  /** The record's {@code public static final DEFAULTS}, which list elements start from. */
  static Object defaultsOf(Class<?> recordType) {
    try {
      var field = recordType.getField(DEFAULTS);
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != recordType) {
        throw new IllegalStateException(recordType.getSimpleName() + "." + DEFAULTS + " is not a"
            + " static field of its own type");
      }
      return field.get(null);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException(recordType.getSimpleName() + " has no public static "
          + DEFAULTS + ", needed for list elements", e);
    }
  }

  /**
   * Calls the canonical constructor. An {@link IllegalArgumentException} it throws (the records'
   * validation) is rethrown as is, for the caller to report against the file.
   */
  static Object construct(Class<?> recordType, Object[] values) {
    Class<?>[] types = Arrays.stream(recordType.getRecordComponents())
        .map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    try {
      Constructor<?> constructor = recordType.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException invalid) {
        throw invalid;
      }
      throw new IllegalStateException("constructing " + recordType.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("constructing " + recordType.getSimpleName(), e);
    }
  }
}
