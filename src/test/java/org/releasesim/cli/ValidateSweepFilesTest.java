package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} on sweep files: a file with base:, factors: or design: at its top level is
 * checked as a sweep (base scenario, factors against it, design size), through the same YAML
 * reader, limits and messages as scenario files.
 */
class ValidateSweepFilesTest {
  private static final Pattern RUNS =
      Pattern.compile("(\\d+) runs? \\((\\d+) points? x (\\d+) replications?\\)");
  /** A valid sweep head; the base is a small scenario written beside it. */
  private static final String HEAD = "name: s\nbase: base.yaml\nseed: 1\n"
      + "design: {type: factorial}\n";

  @TempDir
  Path tmp;

  static Stream<Path> bundledSweeps() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("scenarios", "sweeps"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledSweeps")
  void everyBundledSweepFileValidatesWithItsRunCount(Path file) {
    CliRunner r = CliRunner.run("validate", file.toString());
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.out.startsWith("OK " + file + ": sweep "), r.out);
    assertEquals(1, r.out.lines().count(), "one line: " + r.out);
    Matcher m = RUNS.matcher(r.out);
    assertTrue(m.find(), r.out);
    assertEquals(Long.parseLong(m.group(2)) * Long.parseLong(m.group(3)),
        Long.parseLong(m.group(1)), "runs are points times replications: " + r.out);
  }

  @Test
  void aFactorialSweepPlansTheProductOfItsLevelsTimesItsReplications() {
    // policy-ice-chill.yaml: 4 policies x 3 officer counts x 3 chills, 10 replications
    CliRunner r = CliRunner.run("validate", "scenarios/sweeps/policy-ice-chill.yaml");
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.out.contains(": sweep policy-ice-chill, 360 runs (36 points x 10"
        + " replications)"), r.out);
  }

  static Stream<Arguments> badSweeps() {
    String factor = "factors: [{key: time.years, values: [1]}]\n";
    StringBuilder bomb = new StringBuilder("a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = String.valueOf((char) (c - 1));
      bomb.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev)))
          .append("]\n");
    }
    return Stream.of(
        Arguments.of("unknown key", HEAD + factor + "seeed: 2\n", "line 6, column 1",
            "unknown key seeed; allowed here: name, description, base"),
        Arguments.of("bad factor key", HEAD + "factors:\n  - key: time.yeras\n    values: [1]\n",
            "line 6, column 5", "unknown key time.yeras (did you mean years?)"),
        Arguments.of("YAML syntax error", "name: s\nbase: base.yaml\nseed: 1\n"
            + "design: {type: factorial\n" + factor, "line 5, column 8", "not valid YAML"),
        // 9 aliases on line 6 (b), 9 on line 7 (c): the 21st is the third on line 8, at
        // column 16 of "d: &d [*c, *c, *c"
        Arguments.of("billion laughs", HEAD + bomb + factor, "line 8, column 16",
            "more than 20 aliases (*name) refer to lists or mappings; a sweep file needs few"),
        Arguments.of("too deep", HEAD + factor + "extra: " + "[".repeat(41) + "]".repeat(41)
            + "\n", "line 6, column 47", "nested more than 40 levels deep; a sweep file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSweeps")
  void aBadSweepFileExitsWithCodeTwoNamingTheFileAndLine(String what, String text, String line,
      String message) throws IOException {
    Path file = sweep(text);
    CliRunner r = CliRunner.run("validate", file.toString());
    assertEquals(2, r.exitCode, what + ": " + r.out + r.err);
    assertTrue(r.err.startsWith(file + ", " + line + ": "), what + ": " + r.err);
    assertTrue(r.err.contains(message), what + ": " + r.err);
    assertEquals(1, r.err.strip().lines().count(), "one paragraph: " + r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
    assertEquals("", r.out);
  }

  @Test
  void aSweepFileThatIsNotYamlIsStillKnownByItsTopLevelKeys() throws IOException {
    // the flow-mapping advice is a sweep file's: a scenario has no bracketed key paths to quote
    Path file = sweep("base: base.yaml\nfactors: [{key: jurisdictions[0].iceOfficers,"
        + " values: [4]}]\n");
    CliRunner r = CliRunner.run("validate", file.toString());
    assertEquals(2, r.exitCode);
    assertTrue(r.err.startsWith(file + ", line 2"), r.err);
    assertTrue(r.err.contains("quote key paths that hold brackets"), r.err);
  }

  @Test
  void scenarioAndSweepFilesShareTheNestingDepthLimit() throws IOException {
    Path scenario = tmp.resolve("scenario.yaml");
    // 30 levels: within the shared limit of 40 (the sweep reader used to stop at 20), so both
    // readers get past the YAML and refuse the key instead
    Files.writeString(scenario, "extra: " + "[".repeat(30) + "]".repeat(30) + "\n");
    Path sweep = sweep(HEAD + "factors: [{key: time.years, values: [1]}]\nextra: "
        + "[".repeat(30) + "]".repeat(30) + "\n");
    assertTrue(CliRunner.run("validate", scenario.toString()).err.contains("unknown key extra"));
    assertTrue(CliRunner.run("validate", sweep.toString()).err.contains("unknown key extra"));
    // 41 levels: both refused at the 41st bracket, in the same words but for the noun
    Files.writeString(scenario, "extra: " + "[".repeat(41) + "]".repeat(41) + "\n");
    Files.writeString(sweep, HEAD + "factors: [{key: time.years, values: [1]}]\nextra: "
        + "[".repeat(41) + "]".repeat(41) + "\n");
    String fromScenario = CliRunner.run("validate", scenario.toString()).err.strip();
    String fromSweep = CliRunner.run("validate", sweep.toString()).err.strip();
    assertEquals(scenario + ", line 1, column 47: lists and mappings are nested more than 40"
        + " levels deep; a scenario file needs far fewer.", fromScenario);
    assertEquals(sweep + ", line 6, column 47: lists and mappings are nested more than 40"
        + " levels deep; a sweep file needs far fewer.", fromSweep);
  }

  @Test
  void scenarioAndSweepFilesShareTheSizeLimit() throws IOException {
    // 5 MiB + 1 byte of comments after a valid head: too large for either, by the same cap
    String padding = "#".repeat(5 * 1024 * 1024 + 1) + "\n";
    Path scenario = tmp.resolve("big-scenario.yaml");
    Files.writeString(scenario, "seed: 1\n" + padding);
    Path sweep = sweep(HEAD + padding);
    long scenarioBytes = Files.size(scenario);
    long sweepBytes = Files.size(sweep);
    assertEquals(scenario + ": the file is too large for a scenario file (" + scenarioBytes
        + " bytes; at most 5242880).", CliRunner.run("validate", scenario.toString()).err.strip());
    CliRunner r = CliRunner.run("sweep", sweep.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(2, r.exitCode);
    assertEquals("error: " + sweep + ": the file is too large for a sweep file (" + sweepBytes
        + " bytes; at most 5242880).", r.err.strip());
  }

  @Test
  void aDuplicateKeyInASweepFileIsWordedAsInAScenario() throws IOException {
    Path file = sweep(HEAD + "seed: 2\nfactors: [{key: time.years, values: [1]}]\n");
    CliRunner r = CliRunner.run("validate", file.toString());
    assertEquals(2, r.exitCode);
    assertEquals(file + ", line 5, column 1: duplicate key seed (already set at line 3); each"
        + " key may appear once in a mapping.", r.err.strip());
  }

  /** A sweep file in the temp folder, beside a small base scenario. */
  private Path sweep(String text) throws IOException {
    Files.writeString(tmp.resolve("base.yaml"), "jurisdictions:\n  - name: Small\n"
        + "    population: 5000\ntime: {years: 1, warmupYears: 0}\n");
    Path file = tmp.resolve("sweep.yaml");
    Files.writeString(file, text);
    return file;
  }
}
