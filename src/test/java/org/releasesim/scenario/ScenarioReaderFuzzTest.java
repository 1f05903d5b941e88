package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests of the reader on arbitrary and mutated input: it either reads a scenario or
 * throws a {@link ScenarioException} with a one-paragraph message, never anything else.
 */
class ScenarioReaderFuzzTest {
  private static final String VALID = readValid();

  private static String readValid() {
    try {
      return Files.readString(Path.of("scenarios/small-teaching.yaml"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 400)
  void arbitraryTextIsReadOrRefusedCleanly(@ForAll("yamlish") String text) {
    readOrRefuse(text);
  }

  @Property(tries = 400)
  void mutatedScenariosAreReadOrRefusedCleanly(@ForAll("mutations") String text) {
    readOrRefuse(text);
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings().withChars(":-[]{}#&*!|>'\"%@`,? \n\t.0123456789abcdeyz")
        .withCharRange('\u0000', '\u00ff').ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<String> insert = Arbitraries.of(List.of(": ", "-", "[", "}", "\t", "&a ", "*a",
        "!!java.io.File ", "\n  x: 1", "99999999999999", "-1", "NaN", "  ", "\u0000", "'"));
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 20);
    return net.jqwik.api.Combinators.combine(at, insert, cut).as((i, s, n) ->
        VALID.substring(0, i) + s + VALID.substring(Math.min(VALID.length(), i + n)));
  }

  private static void readOrRefuse(String text) {
    try {
      new ScenarioReader().readText(text, "fuzz.yaml");
    } catch (ScenarioException e) {
      String msg = e.getMessage();
      assertFalse(msg.contains("Exception") || msg.contains("\tat "), msg);
      assertFalse(msg.isBlank());
      assertFalse(msg.strip().contains("\n\n"), "one paragraph: " + msg);
    }
  }
}
