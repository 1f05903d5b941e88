package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad sweep files: exit code 2 and one paragraph naming the file, line and key. */
class SweepFileErrorsTest {
  private static final String GOOD_TAIL = """
      seed: 1
      design: {type: factorial}
      factors:
        - key: jurisdictions[0].iceOfficers
          values: [4, 8]
      """;

  /** Case name, sweep body (after name, base and set: lines 1-3), line expected, message. */
  static Stream<Arguments> badFiles() {
    String years = "factors: [{key: time.years, values: [1]}]\n";
    String factorial = "seed: 1\ndesign: {type: factorial}\n";
    return Stream.of(
        Arguments.of("unknown top-level key", "seeed: 1\n", "line 4",
            "seeed; allowed here: name"),
        Arguments.of("bad design type", "seed: 1\ndesign: {type: grid}\n" + years, "line 5",
            "design.type is 'grid'; allowed: factorial"),
        Arguments.of("replications as text", "seed: 1\nreplications: ten\n"
            + "design: {type: factorial}\n" + years, "line 5", "replications is 'ten'"),
        Arguments.of("misspelt scenario key", factorial + "factors:\n"
            + "  - key: trust.unauthorisedChill\n    values: [0.1]\n", "line 7",
            "unauthorisedChill"),
        Arguments.of("value out of range", factorial + "factors:\n"
            + "  - key: trust.unauthorizedChill\n    values: [0.1, 7]\n", "line 7",
            "unauthorizedChill = 7"),
        Arguments.of("range in factorial", factorial + "factors:\n"
            + "  - key: trust.unauthorizedChill\n    range: {min: 0, max: 1}\n", "line 7",
            "needs values"),
        Arguments.of("unknown outcome", factorial + years + "outcomes: [crime]\n", "line 7",
            "'crime' is not a metric; allowed: residents, crimes"),
        Arguments.of("unknown policy", factorial + "factors:\n"
            + "  - policy: [HONOUR_DETAINERS]\n", "line 7",
            "'HONOUR_DETAINERS'; allowed: all, or a list of HONOR_DETAINERS"),
        Arguments.of("odd Morris levels", "seed: 1\ndesign: {type: morris, levels: 5}\n"
            + "factors: [{key: time.years, range: {min: 1, max: 2}}]\n", "line 5",
            "levels must be even"),
        Arguments.of("YAML syntax error", "seed: 1\ndesign: {type: factorial\nfactors: []\n",
            "line 6", "not valid YAML"),
        Arguments.of("missing seed", "design: {type: factorial}\n" + years, "line 1",
            "missing key seed"),
        Arguments.of("key given twice", factorial + "seed: 2\n" + years, "line 6",
            "duplicate key seed (already set at line 4)"),
        Arguments.of("unquoted brackets in a flow mapping", factorial
            + "factors: [{key: jurisdictions[0].iceOfficers, values: [4]}]\n", "line 6",
            "quote key paths that hold brackets"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badSweepFilesExitWithCodeTwoNamingTheLineAndKey(String what, String body, String line,
      String message, @TempDir Path tmp) throws IOException {
    Path file = SweepFixtures.sweepFile(tmp, "bad", body);
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--out",
        tmp.resolve("out").toString(), "--quiet");
    assertEquals(2, r.exit(), what + ": " + r.err());
    assertTrue(r.err().startsWith("error: " + file), r.err());
    assertTrue(r.err().contains(line), what + " should say " + line + ": " + r.err());
    assertTrue(r.err().contains(message), what + " should say " + message + ": " + r.err());
    assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    assertTrue(!Files.exists(tmp.resolve("out")), "nothing is written for a bad file");
  }

  @Test
  void aSecondSweepGetsAFolderOfItsOwnAndAFinishedOneHasNothingToResume(@TempDir Path tmp)
      throws IOException {
    Path file = SweepFixtures.sweepFile(tmp, "twice", GOOD_TAIL);
    String out = tmp.resolve("out").toString();
    Path first = SweepFixtures.resultsDir(SweepFixtures.run("sweep", file.toString(), "--out",
        out, "--quiet"));
    String runs = Files.readString(first.resolve("runs.csv"));
    SweepFixtures.Result again = SweepFixtures.run("sweep", file.toString(), "--out", out,
        "--quiet");
    assertEquals(0, again.exit(), again.err());
    Path second = SweepFixtures.resultsDir(again);
    assertNotEquals(first, second);
    assertEquals(tmp.resolve("out/twice"), second.getParent(), "named as runs are");
    assertEquals(runs, Files.readString(first.resolve("runs.csv")), "the first is untouched");
    SweepFixtures.Result resumed = SweepFixtures.run("sweep", file.toString(), "--quiet",
        "--resume", first.toString());
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("Nothing to do"), resumed.out());
  }

  @Test
  void aShardNeedsTheFolderItShares(@TempDir Path tmp) throws IOException {
    Path file = SweepFixtures.sweepFile(tmp, "sharded", GOOD_TAIL);
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--shard", "1/2",
        "--out", tmp.resolve("out").toString(), "--quiet");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--shard 1/2 needs --resume SWEEP_DIR"), r.err());
    assertTrue(!Files.exists(tmp.resolve("out")), "nothing is written");
  }

  @Test
  void aResumeOfAFileIsBadInput(@TempDir Path tmp) throws IOException {
    Path file = SweepFixtures.sweepFile(tmp, "misdirected", GOOD_TAIL);
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--resume",
        file.toString(), "--quiet");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is a file; give the sweep's folder"), r.err());
  }

  @Test
  void aResumeOfAChangedSweepFileIsRefused(@TempDir Path tmp) throws IOException {
    Path file = SweepFixtures.sweepFile(tmp, "changed", GOOD_TAIL);
    Path dir = SweepFixtures.resultsDir(SweepFixtures.run("sweep", file.toString(), "--out",
        tmp.resolve("out").toString(), "--quiet"));
    Files.delete(dir.resolve("COMPLETE"));
    Files.writeString(file, Files.readString(file).replace("values: [4, 8]", "values: [4, 9]"));
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--quiet", "--resume",
        dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("the sweep file changed since this sweep started"), r.err());
  }
}
