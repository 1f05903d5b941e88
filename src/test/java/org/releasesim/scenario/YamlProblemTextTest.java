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

/** SnakeYAML's syntax messages are passed on without the file's text. */
class YamlProblemTextTest {
  private static String problem(String text) {
    try {
      new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      return YamlProblemText.of(e);
    }
    throw new AssertionError("composed: " + text);
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
