package org.releasesim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamKind;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the parameter records so that
 * editors can complete and check scenarios with exactly the rules the reader applies (types,
 * inclusive ranges, enum names, list lengths, no unknown keys). The records' cross-field rules
 * (shares summing to 1, ordered lists) are beyond the schema; the reader checks them.
 */
public final class ScenarioSchema {
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final ObjectMapper mapper = new ObjectMapper();

  private ScenarioSchema() {}

  /** The schema as pretty-printed JSON with Unix line ends, ending in a newline. */
  public static String generate() {
    return new ScenarioSchema().render();
  }

  private String render() {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", DIALECT);
    root.put("title", "release-sim scenario");
    root.put("description", "A release-sim scenario file (YAML). Every key is optional; a key"
        + " left out takes its default. Generated from org.releasesim.model.param.");
    ObjectNode body = objectSchema(ScenarioParams.class, ScenarioParams.DEFAULTS, "");
    ObjectNode properties = mapper.createObjectNode();
    properties.set(ScenarioReader.NAME_KEY, text("Name of the scenario in outputs; default: the"
        + " file name without .yaml."));
    properties.set(ExtendsResolver.KEY, text("Another scenario file (path relative to this one)"
        + " whose values this file starts from; keys here win, lists replace whole."));
    properties.setAll((ObjectNode) body.get("properties"));
    root.put("type", "object");
    root.put("additionalProperties", false);
    root.set("properties", properties);
    return pretty(root);
  }

  private ObjectNode objectSchema(Class<?> recordType, Object defaults, String ownerUnit) {
    ObjectNode properties = mapper.createObjectNode();
    for (ParamComponent component : ParamSchema.componentsOf(recordType)) {
      properties.set(component.name(),
          property(component, component.valueIn(defaults), component.unitOr(ownerUnit)));
    }
    ObjectNode node = mapper.createObjectNode();
    node.put("type", "object");
    node.put("additionalProperties", false);
    node.set("properties", properties);
    return node;
  }

  private ObjectNode property(ParamComponent component, Object defaultValue, String unit) {
    Param param = component.param();
    ObjectNode node = mapper.createObjectNode();
    node.put("description", ParamText.description(param, unit));
    switch (component.kind()) {
      case DOUBLE, OPTIONAL_DOUBLE ->
          bounds(node.put("type", "number"), param, "minimum", "maximum");
      case INT, LONG -> bounds(node.put("type", "integer"), param, "minimum", "maximum");
      case BOOLEAN -> node.put("type", "boolean");
      case TEXT -> node.put("type", "string");
      case ENUM -> component.enumNames().forEach(node.put("type", "string").putArray("enum")::add);
      case RECORD -> node.setAll(objectSchema(component.recordType(), defaultValue, unit));
      case RECORD_LIST -> {
        bounds(node.put("type", "array"), param, "minItems", "maxItems");
        Class<?> element = component.recordType();
        node.set("items", objectSchema(element, ParamSchema.defaultsOf(element), unit));
      }
    }
    if (component.kind() != ParamKind.RECORD && defaultValue != null) {
      node.set("default", mapper.valueToTree(ParamsAsMaps.plain(component, defaultValue)));
    }
    return node;
  }

  /** Inclusive bounds, written as integers where they are whole. */
  private static void bounds(ObjectNode node, Param param, String minKey, String maxKey) {
    putNumber(node, minKey, param.min());
    putNumber(node, maxKey, param.max());
  }

  private static void putNumber(ObjectNode node, String key, double value) {
    if (!Double.isFinite(value)) {
      return;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(key, (long) value);
    } else {
      node.put(key, value);
    }
  }

  private ObjectNode text(String description) {
    return mapper.createObjectNode().put("description", description).put("type", "string");
  }

  private String pretty(ObjectNode root) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter)
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      return mapper.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print the scenario schema", e);
    }
  }
}
