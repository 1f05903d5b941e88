package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers that would cost more to convert than to refuse (a huge exponent on a whole-number key,
 * a million digits) are refused at once by their length or exponent, in a file or in --set.
 */
class CostlyNumbersTest {
  /**
   * Far more than a refusal takes (a second or two on an idle machine), far less than the
   * conversion it avoids (minutes, or never): room for a loaded machine, no room for a hang.
   */
  private static final Duration AT_ONCE = Duration.ofSeconds(60);
  private static final String TOWN = Path.of("scenarios/small-teaching.yaml").toAbsolutePath()
      .toString();

  private static CliRunner refused(String... args) {
    CliRunner r = assertTimeoutPreemptively(AT_ONCE, () -> CliRunner.run(args));
    assertEquals(2, r.exitCode, r.err);
    return r;
  }

  @Test
  void aHugeExponentOnAWholeNumberIsOutOfRangeAtOnce(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("seed.yaml");
    Files.writeString(f, "extends: " + TOWN + "\nseed: 1e200000000\n");
    assertTrue(refused("validate", f.toString()).err.contains("line 2"));
    assertTrue(refused("validate", TOWN, "--set", "seed=1e200000000").err
        .contains("outside the range"));
    assertTrue(refused("validate", TOWN, "--set", "jurisdictions[0].population=1e100000000")
        .err.contains("population"));
  }

  @Test
  void aMillionDigitsAreTooLongForANumberNotQuotedText(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("digits.yaml");
    Files.writeString(f, "extends: " + TOWN + "\njurisdictions:\n  - name: T\n    population: "
        + "9".repeat(1_000_000) + "\n");
    CliRunner r = refused("validate", f.toString());
    assertTrue(r.err.contains("too long for a number"), r.err.substring(0,
        Math.min(300, r.err.length())));
    assertTrue(r.err.length() < 2_000, "the message quotes a cut version of the value");
  }
}
