package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input is refused with one paragraph that names the file, the line, the key
 * and what is allowed, and shows no stack-trace text. The expected lines, keys and ranges are
 * read off the fixture files and the @Param annotations by hand.
 */
class BadScenarioTest {

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad("tab-indent.yaml", 3, "tab character", "spaces"),
        bad("syntax-error.yaml", 3, "not valid YAML", "flow sequence"),
        bad("unknown-key.yaml", 4, "unknown key time.yeras", "did you mean years?",
            "allowed keys in time: warmupYears, years, outputIntervalDays"),
        bad("top-level-typo.yaml", 1, "unknown key jurisdiction ", "did you mean jurisdictions?"),
        bad("wrong-type.yaml", 4, "time.years = ten is not a number",
            "allowed: a number from 0.01 to 100 (years)"),
        bad("fractional-int.yaml", 3, "jurisdictions[0].population = 1500.5 is not a whole",
            "a whole number from 1 to 50000000 (persons)"),
        bad("int-too-large.yaml", 3, "jurisdictions[0].population = 3000000000 is out of range",
            "a whole number from 1 to 50000000 (persons)"),
        bad("out-of-range.yaml", 7, "line 7, column 14: offending.baseRates.violent = -0.5 is"
            + " out of range; allowed: a number from 0 to 1000 (per person-year)."),
        bad("shares-not-summing.yaml", 9, "jurisdictions[1].groupShares.unauthorized = 0.2",
            "must sum to 1", "= 1.2"),
        bad("enum-case.yaml", 3, "jurisdictions[0].policy = honor_detainers",
            "did you mean HONOR_DETAINERS?",
            "one of HONOR_DETAINERS, NOTIFY_ONLY, SERIOUS_ONLY, NO_COOPERATION"),
        bad("enum-number.yaml", 2, "detainers.regime = 2 is a number",
            "one of ALL_REMOVABLE, CONVICTED, SERIOUS_ONLY"),
        bad("nan.yaml", 2, "time.years = .nan", "NaN", "from 0.01 to 100 (years)"),
        bad("mapping-for-number.yaml", 2, "seed (a mapping) is not a single value",
            "a whole number from 0 to 2147483647"),
        bad("no-jurisdictions.yaml", 1, "jurisdictions (a list) has 0 items", "1 to 64 items"),
        bad("duplicate-county.yaml", 1, "jurisdictions:", "distinct", "Twin"),
        bad("unordered-changes.yaml", 3, "jurisdictions[0].policyChanges:", "time order"),
        bad("policy-unknown.yaml", 7, "jurisdictions[0].policy = SB45: no policy has this"
            + " name (did you mean SB54?); allowed: one of HONOR_DETAINERS, NOTIFY_ONLY,"
            + " SERIOUS_ONLY, NO_COOPERATION, SB54"),
        bad("policy-change-unknown.yaml", 6, "jurisdictions[0].policyChanges[0].policy ="
            + " SANCTUARY: no policy has this name",
            "one of HONOR_DETAINERS, NOTIFY_ONLY, SERIOUS_ONLY, NO_COOPERATION",
            "define your own under policies"),
        bad("policy-bad-key.yaml", 5, "unknown key policies[0].holdLimitHrs",
            "did you mean holdLimitHours?", "allowed keys in policies[0]: name, covers,"
                + " noticeInTimeProbability, hold, holdLimitHours, iceInterviews, cooperation"),
        bad("policy-hold-hours-out-of-range.yaml", 5, "policies[0].holdLimitHours = 1000 is out"
            + " of range; allowed: a number from 0 to 720 (hours), or leave the key out."),
        bad("policy-limit-without-hold.yaml", 4, "policies[0].holdLimitHours = 24",
            "needs hold: true"),
        bad("policy-without-cooperation.yaml", 3, "policies[0].cooperation:",
            "from 0 (as NO_COOPERATION) to 1 (as HONOR_DETAINERS)"),
        bad("policy-bundled-name.yaml", 2, "policies[0].name = HONOR_DETAINERS:",
            "a bundled policy has it"),
        bad("policy-duplicate-name.yaml", 5, "policies[1].name = SB54:",
            "policies[0] has this name too"),
        bad("policy-coverage-typo.yaml", 4, "unknown key policies[0].covers.violentConvictions",
            "did you mean violentConviction?"),
        bad("policy-bad-name.yaml", 2, "policies[0].name = SB 54:", "letters, digits"),
        bad("missing-extends.yaml", 3, "extends = no-such-base.yaml", "does not exist"),
        bad("empty.yaml", 0, "is empty", "mapping of keys"),
        bad("comments-only.yaml", 0, "is empty"),
        bad("top-level-list.yaml", 1, "must be a mapping", "but it is a list"),
        bad("java-tag.yaml", 3, "the tag !!java.io.File is not allowed"),
        bad("local-tag.yaml", 1, "the tag !secret is not allowed"),
        bad("alias-bomb.yaml", 5, "more than 20 aliases"),
        bad("deep-nesting.yaml", 3, "nested more than 40 levels"),
        bad("duplicate-key.yaml", 5, "duplicate key seed", "already set at line 2"));
  }

  private static Arguments bad(String file, int line, String... fragments) {
    return Arguments.of(file, line, List.of(fragments));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileIsRefusedWithAClearMessage(String file, int line, List<String> fragments) {
    Path path = Fixtures.bad(file);
    String message = failure(path);
    String where = line > 0 ? path + ", line " + line + ", column " : path + ": ";
    assertTrue(message.startsWith(where), message);
    fragments.forEach(f -> assertTrue(message.contains(f), "'" + f + "' not in: " + message));
  }

  @Test
  void binaryFileIsRefused(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("scenario.yaml");
    Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, (byte) 0xc3, 0x28, 0, 0});
    assertTrue(failure(file).startsWith(file + ": the file is not UTF-8 text"));
  }

  @Test
  void controlCharactersAreRefusedAtTheirLine(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("scenario.yaml");
    Files.writeString(file, "seed: 1\ndescription: a\u0000b\n");
    String message = failure(file);
    assertTrue(message.startsWith(file + ", line 2, column 15:"), message);
    assertTrue(message.contains("U+0000"), message);
  }

  @Test
  void missingFileAndFolderAreRefused(@TempDir Path folder) {
    assertTrue(failure(folder.resolve("none.yaml")).endsWith("none.yaml: no such file."));
    assertTrue(failure(folder).endsWith("this is a folder, not a scenario file."));
  }

  @Test
  void unreadableFileIsRefused(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("locked.yaml");
    Files.writeString(file, "seed: 1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as a user who can read any file");
    assertTrue(failure(file).contains("cannot be read"));
  }

  private static String failure(Path file) {
    String message = assertThrows(ScenarioException.class, () -> Fixtures.read(file)).getMessage();
    assertFalse(message.contains("Exception"), message);
    assertFalse(message.contains("at org."), message);
    assertFalse(message.contains("\n"), "one paragraph: " + message);
    assertTrue(message.contains(file.toString()), message);
    return message;
  }
}
