package org.releasesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.YamlNode.Entry;
import org.releasesim.scenario.YamlNode.Mapping;
import org.releasesim.scenario.YamlNode.Scalar;
import org.releasesim.scenario.YamlNode.ScalarKind;
import org.releasesim.scenario.YamlNode.Sequence;

/**
 * Binds a {@link YamlNode} tree onto the parameter records by reflection. A key left out takes
 * its value from the defaults of the record it belongs to (a list item from the element record's
 * {@code DEFAULTS}); the records' own validation then runs in their constructors, and what it
 * rejects is reported at the key it names.
 */
final class RecordBinder {
  private RecordBinder() {}

  /**
   * The scenario's parameters. {@code reservedKeys} are top-level keys handled elsewhere
   * ({@code name}, {@code extends}): skipped here, but listed among the allowed keys.
   */
  static ScenarioParams bindScenario(Mapping root, List<String> reservedKeys) {
    return (ScenarioParams) bindRecord(ScenarioParams.class, root, ScenarioParams.DEFAULTS,
        new BoundPlace("", "", root.location()), reservedKeys);
  }

  /** Where a record sits: its key path, the unit its numbers inherit, the location of its key. */
  private record BoundPlace(String path, String unit, Location keyLocation) {}

  private static Object bindRecord(Class<?> type, Mapping node, Object defaults, BoundPlace place,
      List<String> reservedKeys) {
    List<ParamComponent> components = ParamSchema.componentsOf(type);
    rejectUnknownKeys(node, components, place.path(), reservedKeys);
    Object[] values = new Object[components.size()];
    for (int i = 0; i < values.length; i++) {
      ParamComponent component = components.get(i);
      Object fallback = component.valueIn(defaults);
      BoundField field = new BoundField(component, ParamText.child(place.path(), component.name()),
          component.unitOr(place.unit()));
      values[i] = node.entry(component.name())
          .map(entry -> bindComponent(field, entry, fallback))
          .orElse(fallback);
    }
    return construct(type, values, node, place);
  }

  private static Object bindComponent(BoundField field, Entry entry, Object fallback) {
    YamlNode value = entry.value();
    if (value instanceof Scalar scalar && scalar.kind() == ScalarKind.NULL) {
      throw ScenarioException.at(entry.keyLocation(), field.path() + " has no value (leave the"
          + " key out to take the default); allowed: " + field.allowed() + ".");
    }
    return switch (field.component().kind()) {
      case RECORD -> {
        if (!(value instanceof Mapping mapping)) {
          throw field.error(value, "is not a mapping");
        }
        yield bindRecord(field.component().type(), mapping, fallback,
            new BoundPlace(field.path(), field.unit(), entry.keyLocation()), List.of());
      }
      case RECORD_LIST -> bindList(field, value);
      default -> ValueBinder.bind(field, value);
    };
  }

  private static List<Object> bindList(BoundField field, YamlNode value) {
    if (!(value instanceof Sequence sequence)) {
      throw field.error(value, "is not a list");
    }
    int length = sequence.items().size();
    if (length < field.component().param().min() || length > field.component().param().max()) {
      throw field.error(value, "has " + length + (length == 1 ? " item" : " items"));
    }
    Class<?> elementType = field.component().recordType();
    Object elementDefaults = ParamSchema.defaultsOf(elementType);
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      String itemPath = field.path() + "[" + i + "]";
      YamlNode item = sequence.items().get(i);
      if (!(item instanceof Mapping mapping)) {
        throw ScenarioException.at(item.location(), BoundField.subject(itemPath, item) + " is not"
            + " a mapping; allowed: each item of " + field.path() + " is a mapping with the keys "
            + ParamText.keysOf(elementType) + ".");
      }
      items.add(bindRecord(elementType, mapping, elementDefaults,
          new BoundPlace(itemPath, field.unit(), item.location()), List.of()));
    }
    return List.copyOf(items);
  }

  private static void rejectUnknownKeys(Mapping node, List<ParamComponent> components,
      String path, List<String> reservedKeys) {
    List<String> allowed = Stream.concat(reservedKeys.stream(),
        components.stream().map(ParamComponent::name)).toList();
    for (Entry entry : node.entries()) {
      if (allowed.contains(entry.key())) {
        continue;
      }
      String hint = Suggestions.closest(entry.key(), allowed)
          .map(key -> " (did you mean " + key + "?)")
          .orElse("");
      // a key that looks right but holds a character that is not ASCII: say which one
      String unusual = UserText.firstUnusual(entry.key())
          .map(c -> ": it holds " + c + ", and keys are ASCII letters, digits and _")
          .orElse("");
      throw ScenarioException.at(entry.keyLocation(), "unknown key "
          + ParamText.child(path, UserText.quote(entry.key())) + unusual + hint
          + "; allowed keys "
          + (path.isEmpty() ? "at the top level" : "in " + path) + ": "
          + String.join(", ", allowed) + ".");
    }
  }

  private static Object construct(Class<?> type, Object[] values, Mapping node, BoundPlace place) {
    try {
      return ParamSchema.construct(type, values);
    } catch (IllegalArgumentException rejected) {
      throw Rejection.of(rejected, node, place.path(), place.keyLocation());
    }
  }
}
