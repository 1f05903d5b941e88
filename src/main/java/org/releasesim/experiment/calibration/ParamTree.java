package org.releasesim.experiment.calibration;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ScenarioParams;

/**
 * Every scenario key, read by reflection from the parameter records and their {@link Param}
 * annotations, the same way the scenario reader binds files to them: a nested record is a
 * mapping (its keys follow with a dotted path), a list of records is a list (its items' keys
 * follow with {@code []}). Per-type records (rates by crime type) take the unit and source of the
 * field that owns them.
 */
public final class ParamTree {
  private static final String SEE_OWNER = "see owning field";

  private ParamTree() {}

  /**
   * Every key that takes a value, in file order, plus the mappings of per-type values (rates by
   * crime type), which carry the source their keys share; mappings that only group keys (such
   * as {@code courts}) have no entry.
   */
  public static List<ParamEntry> entries() {
    List<ParamEntry> out = new ArrayList<>();
    walk(ScenarioParams.class, ScenarioParams.DEFAULTS, "", "", "", false, out);
    return out;
  }

  private static void walk(Class<?> type, Object defaults, String path, String ownerUnit,
      String ownerSource, boolean ownerAssumption, List<ParamEntry> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      Param p = c.getAnnotation(Param.class);
      if (p == null) {
        throw new IllegalStateException(type.getSimpleName() + "." + c.getName()
            + " has no @Param");
      }
      String key = path.isEmpty() ? c.getName() : path + "." + c.getName();
      String unit = p.unit().isEmpty() ? ownerUnit : p.unit();
      boolean owned = p.source().equals(SEE_OWNER);
      String source = owned ? ownerSource : p.source();
      boolean assumption = p.assumption() || (owned && ownerAssumption);
      Object value = valueOf(c, defaults);
      if (c.getType().isRecord()) {
        if (defersToOwner(c.getType())) {
          out.add(new ParamEntry(key, unit, "see below", "the keys below", source, assumption,
              p.doc()));
          walk(c.getType(), value, key, unit, "as `" + key + "`", assumption, out);
        } else {
          walk(c.getType(), value, key, unit, source, assumption, out);
        }
        continue;
      }
      out.add(new ParamEntry(key, unit, shown(value), allowed(c, p), source, assumption,
          p.doc()));
      if (c.getType() == List.class) {
        Class<?> element = elementOf(c);
        walk(element, defaultsOf(element), key + "[]", unit, source, assumption, out);
      }
    }
  }

  /** A per-type record (rates by crime type) whose keys all take the owning field's source. */
  private static boolean defersToOwner(Class<?> type) {
    return Arrays.stream(type.getRecordComponents())
        .allMatch(c -> c.getAnnotation(Param.class) != null
            && c.getAnnotation(Param.class).source().equals(SEE_OWNER));
  }

  private static String allowed(RecordComponent c, Param p) {
    if (!p.allowed().isEmpty()) {
      return p.allowed();
    }
    Class<?> t = c.getType();
    if (t == boolean.class) {
      return "true, false";
    } else if (t.isEnum()) {
      return Arrays.stream(t.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    } else if (t == String.class) {
      return "text";
    }
    String range = range(p);
    return t == List.class ? range + " items" : range;
  }

  private static String range(Param p) {
    boolean low = Double.isFinite(p.min());
    boolean high = Double.isFinite(p.max());
    if (low && high) {
      return number(p.min()) + " to " + number(p.max());
    }
    return low ? "at least " + number(p.min()) : high ? "at most " + number(p.max()) : "any";
  }

  /** A default as a scenario file would hold it; lists of records as a YAML flow sequence. */
  static String shown(Object value) {
    if (value == null) {
      return "unset";
    } else if (value instanceof Double d) {
      return number(d);
    } else if (value instanceof String s) {
      return "\"" + s + "\"";
    } else if (value instanceof List<?> list) {
      if (list.stream().anyMatch(ParamTree::nested)) {
        return list.size() + (list.size() == 1 ? " item" : " items") + ", with the item"
            + " defaults below";
      }
      return list.stream().map(ParamTree::flow).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  /** Whether a list item holds mappings or lists (too long to show inline). */
  private static boolean nested(Object item) {
    return item != null && item.getClass().isRecord()
        && Arrays.stream(item.getClass().getRecordComponents())
            .anyMatch(c -> c.getType().isRecord() || c.getType() == List.class);
  }

  private static String flow(Object record) {
    if (record == null || !record.getClass().isRecord()) {
      return shown(record);
    }
    return Arrays.stream(record.getClass().getRecordComponents())
        .map(c -> c.getName() + ": " + shown(valueOf(c, record)))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** A number as a person writes it: 1000, 0.035, never 1.0E3. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static Object valueOf(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static Class<?> elementOf(RecordComponent c) {
    return (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
  }

  private static Object defaultsOf(Class<?> type) {
    try {
      return type.getField("DEFAULTS").get(null);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no public DEFAULTS", e);
    }
  }
}
