package org.releasesim.gui.watch;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ScenarioParams;

/**
 * Reads and replaces one value deep inside the immutable parameter records by its scenario path
 * ({@code trust.enabled}, {@code jurisdictions[0].policy}): a replacement builds new records
 * along the path through their canonical constructors, so every record's own validation runs,
 * and a number is first checked against the range its {@link Param} annotation declares.
 */
final class ParamPaths {
  private ParamPaths() {}

  /** The value at {@code path}. */
  static Object get(ScenarioParams root, String path) {
    Object node = root;
    for (String segment : path.split("\\.")) {
      node = step(node, segment);
    }
    return node;
  }

  /** The {@link Param} annotation of the component at {@code path}. */
  static Param param(String path) {
    Class<?> type = ScenarioParams.class;
    RecordComponent c = null;
    for (String segment : path.split("\\.")) {
      c = component(type, name(segment));
      type = index(segment) >= 0 ? elementType(c) : c.getType();
    }
    return c.getAnnotation(Param.class);
  }

  /**
   * A copy of {@code root} with {@code value} at {@code path}.
   *
   * @throws IllegalArgumentException naming the path, the value and what is allowed, if the
   *     value is out of its declared range or a record rejects it
   */
  static ScenarioParams with(ScenarioParams root, String path, Object value) {
    Param p = param(path);
    if (value instanceof Number n && p != null
        && (n.doubleValue() < p.min() || n.doubleValue() > p.max())) {
      throw new IllegalArgumentException(path + " must be between " + plain(p.min()) + " and "
          + plain(p.max()) + " (got " + value + ")");
    }
    try {
      return (ScenarioParams) replace(root, path.split("\\."), 0, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + " = " + value + " was rejected: "
          + e.getMessage(), e);
    }
  }

  private static Object replace(Object node, String[] segments, int i, Object value) {
    String segment = segments[i];
    RecordComponent c = component(node.getClass(), name(segment));
    Object current = read(c, node);
    Object replaced;
    int index = index(segment);
    if (index >= 0) {
      List<Object> copy = new ArrayList<>((List<?>) current);
      copy.set(index, i == segments.length - 1 ? value
          : replace(copy.get(index), segments, i + 1, value));
      replaced = copy;
    } else {
      replaced = i == segments.length - 1 ? value : replace(current, segments, i + 1, value);
    }
    return rebuild(node, c, replaced);
  }

  private static Object rebuild(Object record, RecordComponent changed, Object value) {
    RecordComponent[] all = record.getClass().getRecordComponents();
    Object[] args = new Object[all.length];
    Class<?>[] types = new Class<?>[all.length];
    for (int k = 0; k < all.length; k++) {
      args[k] = all[k].getName().equals(changed.getName()) ? value : read(all[k], record);
      types[k] = all[k].getType();
    }
    try {
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw bad;
      }
      throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
    }
  }

  private static Object step(Object node, String segment) {
    Object value = read(component(node.getClass(), name(segment)), node);
    int index = index(segment);
    return index >= 0 ? ((List<?>) value).get(index) : value;
  }

  private static RecordComponent component(Class<?> type, String name) {
    if (type.getRecordComponents() != null) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getName().equals(name)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("no parameter '" + name + "' in " + type.getSimpleName());
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static Class<?> elementType(RecordComponent c) {
    java.lang.reflect.ParameterizedType t =
        (java.lang.reflect.ParameterizedType) c.getGenericType();
    return (Class<?>) t.getActualTypeArguments()[0];
  }

  private static String name(String segment) {
    int bracket = segment.indexOf('[');
    return bracket < 0 ? segment : segment.substring(0, bracket);
  }

  private static int index(String segment) {
    int bracket = segment.indexOf('[');
    return bracket < 0 ? -1 : Integer.parseInt(segment.substring(bracket + 1,
        segment.length() - 1));
  }

  private static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
