package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.ScenarioParams;

/** docs/ODD.md lists every scenario key, with the table the code generates. */
class OddParameterTableTest {
  private static final Path ODD = Path.of("docs", "ODD.md");
  private static final String HOW = "docs/ODD.md's parameter table is out of date; regenerate"
      + " it with\n  ./release-sim odd-table --update docs/ODD.md";

  @Test
  void theCommittedTableIsWhatTheGeneratorProduces() throws IOException {
    String doc = Files.readString(ODD);
    assertTrue(doc.contains(OddParameterTable.BEGIN) && doc.contains(OddParameterTable.END),
        "docs/ODD.md needs the parameter table markers");
    assertEquals(OddParameterTable.generate(), OddParameterTable.tableIn(doc), HOW);
  }

  @Test
  void everyLeafOfTheScenarioRecordsIsInTheTable() throws IOException {
    String table = OddParameterTable.tableIn(Files.readString(ODD));
    List<String> missing = new ArrayList<>();
    for (String key : leaves(ScenarioParams.class, "")) {
      if (!table.contains("| `" + key + "` |")) {
        missing.add(key);
      }
    }
    assertEquals(List.of(), missing, "keys missing from the ODD parameter table");
  }

  @Test
  void updatingReplacesOnlyTheTextBetweenTheMarkers() {
    String doc = "intro\n" + OddParameterTable.BEGIN + "\nold\n" + OddParameterTable.END
        + "\nafter\n";
    String updated = OddParameterTable.updated(doc);
    assertTrue(updated.startsWith("intro\n" + OddParameterTable.BEGIN + "\n| Key |"));
    assertTrue(updated.endsWith(OddParameterTable.END + "\nafter\n"));
    assertEquals(OddParameterTable.generate(), OddParameterTable.tableIn(updated));
  }

  /**
   * Every key that holds a value, found by walking the records independently of the
   * generator: components that are records are mappings (descend), lists of records are a key
   * and their items' keys.
   */
  private static List<String> leaves(Class<?> type, String path) {
    List<String> keys = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      String key = path.isEmpty() ? c.getName() : path + "." + c.getName();
      if (c.getType().isRecord()) {
        keys.addAll(leaves(c.getType(), key));
        continue;
      }
      keys.add(key);
      if (c.getType() == List.class) {
        Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType())
            .getActualTypeArguments()[0];
        keys.addAll(leaves(element, key + "[]"));
      }
    }
    return keys;
  }
}
