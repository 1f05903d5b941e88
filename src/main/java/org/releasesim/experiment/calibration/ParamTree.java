package org.releasesim.experiment.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamKind;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;

/**
 * Every scenario key, read from the parameter records and their {@link Param} annotations
 * through {@link ParamSchema}, the same way the scenario reader binds files to them: a nested record is a
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
    for (ParamComponent c : ParamSchema.componentsOf(type)) {
      Param p = c.param();
      String key = path.isEmpty() ? c.name() : path + "." + c.name();
      String unit = p.unit().isEmpty() ? ownerUnit : p.unit();
      boolean owned = p.source().equals(SEE_OWNER);
      String source = owned ? ownerSource : p.source();
      boolean assumption = p.assumption() || (owned && ownerAssumption);
      Object value = c.valueIn(defaults);
      if (c.kind() == ParamKind.RECORD) {
        if (defersToOwner(c.type())) {
          out.add(new ParamEntry(key, unit, "see below", "the keys below", source, assumption,
              p.doc()));
          walk(c.type(), value, key, unit, "as `" + key + "`", assumption, out);
        } else {
          walk(c.type(), value, key, unit, source, assumption, out);
        }
        continue;
      }
      out.add(new ParamEntry(key, unit, shown(value), allowed(c, p), source, assumption,
          p.doc()));
      if (c.kind() == ParamKind.RECORD_LIST) {
        Class<?> element = c.recordType();
        walk(element, ParamSchema.defaultsOf(element), key + "[]", unit, source, assumption,
            out);
      }
    }
  }

  /** A per-type record (rates by crime type) whose keys all take the owning field's source. */
  private static boolean defersToOwner(Class<?> type) {
    return ParamSchema.componentsOf(type).stream()
        .allMatch(c -> c.param().source().equals(SEE_OWNER));
  }

  private static String allowed(ParamComponent c, Param p) {
    if (!p.allowed().isEmpty()) {
      return p.allowed();
    }
    Class<?> t = c.type();
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
    return item instanceof Record && ParamSchema.componentsOf(item.getClass()).stream()
        .anyMatch(c -> c.kind() == ParamKind.RECORD || c.kind() == ParamKind.RECORD_LIST);
  }

  private static String flow(Object record) {
    if (!(record instanceof Record)) {
      return shown(record);
    }
    return ParamSchema.componentsOf(record.getClass()).stream()
        .map(c -> c.name() + ": " + shown(c.valueIn(record)))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** A number as a person writes it: 1000, 0.035, never 1.0E3. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
