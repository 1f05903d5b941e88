package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ScenarioParams;

/** The JSON Schema parses, and describes every key with the ranges of its @Param. */
class ScenarioSchemaTest {
  private final JsonNode schema = parse(ScenarioSchema.generate());

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError("schema is not valid JSON", e);
    }
  }

  @Test
  void schemaDeclaresDraft2020AndTheTopLevelKeys() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertFalse(schema.get("additionalProperties").asBoolean());
    assertEquals("string", schema.at("/properties/name/type").asText());
    assertEquals("string", schema.at("/properties/extends/type").asText());
  }

  @Test
  void schemaMentionsEveryKeyWithItsConstraints() {
    checkRecord(ScenarioParams.class, schema, "");
  }

  @Test
  void schemaIsDeterministic() {
    assertEquals(ScenarioSchema.generate(), ScenarioSchema.generate());
  }

  private static void checkRecord(Class<?> type, JsonNode node, String path) {
    assertEquals("object", node.get("type").asText(), path);
    assertFalse(node.get("additionalProperties").asBoolean(), path);
    for (RecordComponent component : type.getRecordComponents()) {
      String key = path + "/" + component.getName();
      JsonNode property = node.get("properties").get(component.getName());
      assertNotNull(property, "missing " + key);
      Param param = component.getAnnotation(Param.class);
      assertTrue(property.get("description").asText().startsWith(param.doc()), key);
      Class<?> t = component.getType();
      if (t.isRecord()) {
        checkRecord(t, property, key);
      } else if (t == List.class) {
        assertEquals("array", property.get("type").asText(), key);
        assertEquals((long) param.min(), property.get("minItems").asLong(), key);
        assertEquals((long) param.max(), property.get("maxItems").asLong(), key);
        Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType())
            .getActualTypeArguments()[0];
        checkRecord(element, property.get("items"), key + "[]");
      } else {
        checkLeaf(t, param, property, key);
      }
    }
  }

  private static void checkLeaf(Class<?> t, Param param, JsonNode property, String key) {
    if (t == Double.class) {
      // an optional number: leaving it out is its default, and null is not a value it takes
      assertFalse(property.has("default"), key);
      assertEquals("number", property.get("type").asText(), key);
      checkBound(param.min(), property.get("minimum"), key);
      checkBound(param.max(), property.get("maximum"), key);
      return;
    }
    assertTrue(property.has("default"), key);
    if (t == double.class || t == int.class || t == long.class) {
      assertEquals(t == double.class ? "number" : "integer", property.get("type").asText(), key);
      checkBound(param.min(), property.get("minimum"), key);
      checkBound(param.max(), property.get("maximum"), key);
    } else if (t.isEnum()) {
      assertEquals(t.getEnumConstants().length, property.get("enum").size(), key);
    } else {
      assertEquals(t == boolean.class ? "boolean" : "string", property.get("type").asText(), key);
    }
  }

  private static void checkBound(double bound, JsonNode written, String key) {
    if (Double.isFinite(bound)) {
      assertEquals(bound, written.asDouble(), key);
    } else {
      assertEquals(null, written, key);
    }
  }
}
