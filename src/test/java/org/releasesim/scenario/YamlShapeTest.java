package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The rule for quoting input files: a YAML file is scenario or sweep text only if its top level
 * is a mapping of names; SnakeYAML's syntax messages are passed on without the file's text.
 */
class YamlShapeTest {
  private static Node compose(String text) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
  }

  private static String problem(String text) {
    try {
      compose(text);
    } catch (MarkedYAMLException e) {
      return YamlShape.problemOf(e);
    }
    throw new AssertionError("composed: " + text);
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

  @Test
  void anUndefinedAliasIsReportedWithoutItsName() {
    String p = problem("a: *hunter2\n");
    assertTrue(p.contains("found undefined alias"), p);
    assertFalse(p.contains("hunter2"), p);
  }

  @Test
  void anUndefinedTagHandleIsReportedWithoutIt() {
    String p = problem("!secret!x 1\n");
    assertTrue(p.contains("undefined tag handle"), p);
    assertFalse(p.contains("secret"), p);
  }

  @Test
  void anEscapeSequenceIsReportedWithoutTheRestOfTheLine() {
    String p = problem("a: \"\\uSECRET\"\n");
    assertTrue(p.contains("but found other characters"), p);
    assertFalse(p.contains("SECRET"), p);
  }

  @Test
  void aSpaceWrittenAsACharacterCodeIsNamed() {
    assertEquals("while scanning a tag, expected URI, but found U+0020 SPACE",
        problem("!a! 1\n"));
  }

  @Test
  void tokensAndSingleCharactersAreKept() {
    assertEquals("while parsing a block collection, expected <block end>, but found '?'",
        problem("- a\nb: 1\n"));
    assertEquals("while scanning for the next token, found character '@' that cannot start"
        + " any token", problem("@x: 1\n"));
    assertEquals("while scanning a double-quoted scalar, found unknown escape character 'q'",
        problem("a: \"\\q\"\n"));
  }
}
