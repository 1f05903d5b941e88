package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised tests of the reader on arbitrary and mutated input: it either reads a scenario or
 * throws a {@link ScenarioException} with a one-paragraph message, never anything else. The
 * generator is seeded, so a failure names an input that can be replayed.
 */
class ScenarioReaderFuzzTest {
  private static final int TRIES = 1_500;
  private static final String ALPHABET = ":-[]{}#&*!|>'\"%@`,? \n\t.0123456789abcdeyz\u0000\u00e9";
  private static final List<String> INSERTS = List.of(": ", "-", "[", "}", "\t", "&a ", "*a",
      "!!java.io.File ", "\n  x: 1", "99999999999999", "-1", "NaN", "  ", "\u0000", "'",
      "extends: x.yaml\n", "<<: *a\n", "? ", "%YAML 1.1\n");

  @Test
  void arbitraryTextIsReadOrRefusedCleanly() {
    Random random = new Random(20261128);
    for (int i = 0; i < TRIES; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int k = 0; k < length; k++) {
        text.append(random.nextInt(10) == 0 ? (char) random.nextInt(256)
            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      readOrRefuse(text.toString());
    }
  }

  @Test
  void mutatedScenariosAreReadOrRefusedCleanly() throws IOException {
    String valid = Files.readString(Path.of("scenarios/small-teaching.yaml"));
    Random random = new Random(5000);
    for (int i = 0; i < TRIES; i++) {
      String text = valid;
      for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
        int at = random.nextInt(text.length());
        int cut = random.nextInt(20);
        text = text.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size()))
            + text.substring(Math.min(text.length(), at + cut));
      }
      readOrRefuse(text);
    }
  }

  private static void readOrRefuse(String text) {
    try {
      new ScenarioReader().readText(text, "fuzz.yaml");
    } catch (ScenarioException e) {
      String msg = e.getMessage();
      assertFalse(msg.contains("Exception") || msg.contains("\tat "), msg);
      assertFalse(msg.isBlank(), "empty message for: " + text);
      assertFalse(msg.strip().contains("\n\n"), "one paragraph: " + msg);
    } catch (RuntimeException e) {
      throw new AssertionError("unexpected " + e + " for input:\n" + text, e);
    }
  }
}
