package org.releasesim.model.param;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reflection walker over the parameter records: their documented components in
 * declaration order, their defaults and canonical constructors, and key paths into them
 * ({@code trust.enabled}, {@code jurisdictions[0].policy}). The scenario reader, the JSON Schema,
 * the reference document, the ODD table, sweep planning, the assumption catalogue and the GUI's
 * Model tab all read the records through it, so they cannot disagree about what a key is.
 */
public final class ParamSchema {
  private static final String DEFAULTS = "DEFAULTS";
  /** One step of a key path: a component name, optionally with one list index. */
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)(?:\\[(\\d{1,9})])?");
  private static final ClassValue<List<ParamComponent>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<ParamComponent> computeValue(Class<?> recordType) {
      List<ParamComponent> result = new ArrayList<>();
      for (RecordComponent c : recordType.getRecordComponents()) {
        Param param = c.getAnnotation(Param.class);
        if (param == null) {
          throw new IllegalStateException(recordType.getSimpleName() + "." + c.getName()
              + " has no @Param annotation");
        }
        result.add(new ParamComponent(c, param, ParamKind.of(c)));
      }
      return List.copyOf(result);
    }
  };

  private ParamSchema() {}

  /** The components of a parameter record, in declaration (and so file) order. */
  public static List<ParamComponent> componentsOf(Class<?> recordType) {
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException(recordType.getSimpleName() + " is not a record");
    }
    return COMPONENTS.get(recordType);
  }

  /** The record's {@code public static final DEFAULTS}, which list elements start from. */
  public static Object defaultsOf(Class<?> recordType) {
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
   * validation) is rethrown as is, for the caller to report.
   */
  public static Object construct(Class<?> recordType, Object[] values) {
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

  /**
   * The component a key path of a scenario ends at, such as {@code trust.unauthorizedChill} or
   * {@code jurisdictions[0].policy}; empty if the path names no parameter. An index may follow
   * only a list of records.
   */
  public static Optional<ParamComponent> componentAt(String keyPath) {
    Class<?> type = ScenarioParams.class;
    ParamComponent last = null;
    for (String segment : keyPath.split("\\.", -1)) {
      Matcher m = STEP.matcher(segment);
      if (type == null || !m.matches()) {
        return Optional.empty();
      }
      Optional<ParamComponent> c = named(type, m.group(1));
      if (c.isEmpty() || (m.group(2) != null && c.get().kind() != ParamKind.RECORD_LIST)) {
        return Optional.empty();
      }
      last = c.get();
      boolean intoRecord = last.kind() == ParamKind.RECORD
          || (last.kind() == ParamKind.RECORD_LIST && m.group(2) != null);
      type = intoRecord ? last.recordType() : null;
    }
    return Optional.ofNullable(last);
  }

  /** The value at a key path in {@code root}, or empty if the path names nothing there. */
  public static Optional<Object> valueAt(Record root, String keyPath) {
    Object current = root;
    for (String segment : keyPath.split("\\.", -1)) {
      Matcher m = STEP.matcher(segment);
      if (!(current instanceof Record record) || !m.matches()) {
        return Optional.empty();
      }
      Optional<ParamComponent> c = named(record.getClass(), m.group(1));
      if (c.isEmpty()) {
        return Optional.empty();
      }
      current = c.get().valueIn(record);
      if (m.group(2) != null) {
        int index = Integer.parseInt(m.group(2));
        if (!(current instanceof List<?> list) || index >= list.size()) {
          return Optional.empty();
        }
        current = list.get(index);
      }
    }
    return Optional.ofNullable(current);
  }

  /**
   * A copy of {@code root} with {@code value} at {@code keyPath}: new records are built along
   * the path through their canonical constructors, so every record's own validation runs, and a
   * number is first checked against the range its {@link Param} annotation declares.
   *
   * @throws IllegalArgumentException naming the path, the value and what is allowed, if the path
   *     names no parameter, the value is out of its declared range or a record rejects it
   */
  public static <R extends Record> R with(R root, String keyPath, Object value) {
    Param p = componentAt(keyPath).map(ParamComponent::param).orElseThrow(() ->
        new IllegalArgumentException("no parameter " + keyPath));
    if (value instanceof Number n && (n.doubleValue() < p.min() || n.doubleValue() > p.max())) {
      throw new IllegalArgumentException(keyPath + " must be between " + plain(p.min()) + " and "
          + plain(p.max()) + " (got " + value + ")");
    }
    try {
      @SuppressWarnings("unchecked")
      R result = (R) replace(root, keyPath.split("\\."), 0, value);
      return result;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(keyPath + " = " + value + " was rejected: "
          + e.getMessage(), e);
    }
  }

  private static Object replace(Object record, String[] segments, int i, Object value) {
    Matcher m = STEP.matcher(segments[i]);
    if (!m.matches()) {
      throw new IllegalStateException("not a key path step: " + segments[i]);
    }
    List<ParamComponent> components = componentsOf(record.getClass());
    Object[] values = new Object[components.size()];
    for (int k = 0; k < values.length; k++) {
      ParamComponent c = components.get(k);
      Object current = c.valueIn(record);
      if (c.name().equals(m.group(1))) {
        boolean last = i == segments.length - 1;
        if (m.group(2) != null) {
          int index = Integer.parseInt(m.group(2));
          List<Object> copy = new ArrayList<>((List<?>) current);
          copy.set(index, last ? value : replace(copy.get(index), segments, i + 1, value));
          current = copy;
        } else {
          current = last ? value : replace(current, segments, i + 1, value);
        }
      }
      values[k] = current;
    }
    return construct(record.getClass(), values);
  }

  private static Optional<ParamComponent> named(Class<?> recordType, String name) {
    return componentsOf(recordType).stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
