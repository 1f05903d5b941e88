package org.releasesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamSchema;

/**
 * A parameter record as plain maps, lists, numbers, booleans and strings, keyed by component
 * name in declaration order: the form that is dumped as resolved YAML and shown as defaults in
 * the schema and the reference. An unset optional number has no key, as in a file that leaves
 * it out.
 */
final class ParamsAsMaps {
  private ParamsAsMaps() {}

  static Map<String, Object> of(Object record) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (ParamComponent component : ParamSchema.componentsOf(record.getClass())) {
      Object value = component.valueIn(record);
      if (value != null) {
        result.put(component.name(), plain(component, value));
      }
    }
    return result;
  }

  /** One component's value in plain form. */
  static Object plain(ParamComponent component, Object value) {
    return switch (component.kind()) {
      case ENUM -> ((Enum<?>) value).name();
      case RECORD -> of(value);
      case RECORD_LIST -> {
        List<Object> items = new ArrayList<>();
        ((List<?>) value).forEach(item -> items.add(of(item)));
        yield items;
      }
      default -> value;
    };
  }
}
