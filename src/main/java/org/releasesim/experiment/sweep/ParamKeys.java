package org.releasesim.experiment.sweep;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ScenarioParams;

/**
 * What a scenario key path holds, found by reflection over the parameter records (the same
 * records the scenario reader binds): its type, so that a range over an integer parameter such
 * as {@code jurisdictions[0].iceOfficers} is sampled as whole numbers; its allowed bounds; and
 * its value in a scenario, so that a factor can be given as a multiple of the base value.
 */
public final class ParamKeys {
  private ParamKeys() {}

  /**
   * The Java type at a key path such as {@code trust.unauthorizedChill} or
   * {@code jurisdictions[0].policy}, or empty if the path names no parameter.
   */
  public static Optional<Class<?>> typeOf(String keyPath) {
    return leaf(keyPath).map(c -> c.getGenericType() instanceof Class<?> k ? k : null);
  }

  /** Whether the key holds a whole number (int or long). */
  public static boolean isWhole(String keyPath) {
    return typeOf(keyPath).map(c -> c == int.class || c == long.class).orElse(false);
  }

  /** The allowed {min, max} of a number parameter, from its {@link Param} annotation. */
  public static double[] bounds(String keyPath) {
    Param p = leaf(keyPath).map(c -> c.getAnnotation(Param.class)).orElse(null);
    return p == null ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}
        : new double[] {p.min(), p.max()};
  }

  /** The value at a key path in a scenario, or empty if the path names nothing there. */
  public static Optional<Object> valueIn(ScenarioParams scenario, String keyPath) {
    Object current = scenario;
    for (String segment : keyPath.split("\\.")) {
      String name = segment.replaceAll("\\[\\d+]$", "");
      Optional<RecordComponent> c = componentOf(current.getClass(), name);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      current = read(c.get(), current);
      if (!name.equals(segment)) {
        int index = Integer.parseInt(segment.substring(name.length() + 1, segment.length() - 1));
        if (!(current instanceof List<?> list) || index >= list.size()) {
          return Optional.empty();
        }
        current = list.get(index);
      }
    }
    return Optional.ofNullable(current);
  }

  /** The record component a key path ends at. */
  private static Optional<RecordComponent> leaf(String keyPath) {
    Type current = ScenarioParams.class;
    RecordComponent last = null;
    for (String segment : keyPath.split("\\.")) {
      String name = segment.replaceAll("\\[\\d+]$", "");
      Optional<RecordComponent> component = componentOf(current, name);
      if (component.isEmpty()) {
        return Optional.empty();
      }
      last = component.get();
      current = last.getGenericType();
      if (!name.equals(segment)) {
        if (!(current instanceof ParameterizedType p) || p.getRawType() != List.class) {
          return Optional.empty();
        }
        current = p.getActualTypeArguments()[0];
      }
    }
    return Optional.ofNullable(last);
  }

  private static Optional<RecordComponent> componentOf(Type type, String name) {
    if (!(type instanceof Class<?> c) || !c.isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent rc : c.getRecordComponents()) {
      if (rc.getName().equals(name)) {
        return Optional.of(rc);
      }
    }
    return Optional.empty();
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + record, e);
    }
  }
}
