package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The rule for quoting input files: a YAML file is scenario or sweep text, whose keys may be
 * quoted, only if its top level is a mapping of names.
 */
class YamlShapeTest {
  private static Node compose(String text) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
  }

  @Test
  void aShadowLikeLineIsAKeyThatIsNotAName() {
    var misfit = YamlShape.firstKeyNotAName(compose("seed: 1\nroot:$6$salt$hash:19000:0:::\n"));
    assertTrue(misfit.isPresent());
    assertEquals(1, misfit.get().mark().getLine());
  }

  @Test
  void typosOfScenarioKeysStillReadAsNames() {
    for (String key : new String[] {"seeed", "time.years", "jurisdictions[0].policy",
        "s\u200Beed", "s\u0435\u0435d", "seed\u00A0", "\uFEFFtime", "time years", "max-runs"}) {
      assertFalse(YamlShape.firstKeyNotAName(compose("\"" + key + "\": 1\n")).isPresent(), key);
    }
  }

  @Test
  void aFileThatIsNotAMappingHasNoKeyToJudge() {
    assertFalse(YamlShape.firstKeyNotAName(compose("root:x:0:0:root:/root:/bin/bash\n"))
        .isPresent());
  }
}
