package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ScenarioParams;

/** The reference document has a row for every key, with its source or assumption flag. */
class ReferenceDocTest {
  private final String doc = ReferenceDoc.generate();

  @Test
  void everyParamAppearsAsARow() {
    List<String> missing = new ArrayList<>();
    walk(ScenarioParams.class, "", (key, param) -> {
      if (!doc.contains("\n| `" + key + "` |")) {
        missing.add(key);
      }
    });
    assertEquals(List.of(), missing);
  }

  @Test
  void assumptionsAreFlaggedAndSourcesShown() {
    walk(ScenarioParams.class, "", (key, param) -> {
      String row = doc.substring(doc.indexOf("\n| `" + key + "` |") + 1);
      row = row.substring(0, row.indexOf('\n'));
      if (param.assumption()) {
        assertTrue(row.contains("**assumption**"), row);
      } else if (!param.source().equals("see owning field")) {
        assertTrue(row.contains(param.source()
            .replace("|", "\\|")), row);
      }
    });
  }

  @Test
  void documentIsDeterministic() {
    assertEquals(doc, ReferenceDoc.generate());
  }

  private interface RowCheck {
    void check(String key, Param param);
  }

  private static void walk(Class<?> type, String path, RowCheck check) {
    for (RecordComponent component : type.getRecordComponents()) {
      String key = path.isEmpty() ? component.getName() : path + "." + component.getName();
      check.check(key, component.getAnnotation(Param.class));
      if (component.getType().isRecord()) {
        walk(component.getType(), key, check);
      } else if (component.getType() == List.class) {
        Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType())
            .getActualTypeArguments()[0];
        walk(element, key + "[]", check);
      }
    }
  }
}
