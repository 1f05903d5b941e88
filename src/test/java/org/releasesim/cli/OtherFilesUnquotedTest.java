package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.releasesim.cli.Refusals.refused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.output.sweep.RunsCsv;

/**
 * A file that is not what it was named as (a scenario's extends, a sweep file, its base or
 * points file, a run's manifest, a sweep's runs.csv) is named and refused with the reason, and
 * none of its content is printed: such a file may be anyone's (here a copy of a password file,
 * placed where extends may reach so that only the quoting rule is at work).
 */
class OtherFilesUnquotedTest {
  /** What must never be printed: it stands for a password hash. */
  private static final String SECRET = "HASHSECRET";
  private static final String SHADOW = "root:$6$salt$" + SECRET + ":19000:0:99999:7:::\n"
      + "daemon:*:19000:0:99999:7:::\n";
  private static final String TOWN = Path.of("scenarios/small-teaching.yaml").toAbsolutePath()
      .toString();

  @TempDir
  Path tmp;
  private Path shadow;

  @BeforeEach
  void aPasswordFile() throws IOException {
    shadow = Files.writeString(tmp.resolve("shadow"), SHADOW);
  }

  private static void refusedUnquoted(String mustSay, String... args) {
    String message = refused(args).err;
    assertTrue(message.contains(mustSay), message);
    assertFalse(message.contains(SECRET) || message.contains("daemon"),
        "quotes none of the file: " + message);
  }

  private Path sweep(String name, String base, String design) throws IOException {
    return Files.writeString(tmp.resolve(name + ".yaml"), "name: s\nbase: " + base
        + "\nseed: 1\ndesign: " + design + "\nfactors:\n  - {name: years, key: time.years,"
        + " values: [1]}\noutcomes: [crimes]\n");
  }

  @Test
  void aPasswordFileAsAScenarioOrItsExtendsIsNotAScenarioFile() throws IOException {
    Path extending = Files.writeString(tmp.resolve("s.yaml"), "extends: shadow\n");
    refusedUnquoted(shadow + ", line 1, column 1: this is not a scenario file", "validate",
        extending.toString());
    refusedUnquoted("this is not a scenario file", "validate", shadow.toString());
    refusedUnquoted("this is not a scenario file", "run", shadow.toString(), "--quiet",
        "--out", tmp.resolve("out").toString());
  }

  @Test
  void aPasswordFileAsASweepFileItsBaseOrItsPointsFileIsRefusedUnquoted() throws IOException {
    String out = tmp.resolve("out").toString();
    refusedUnquoted("this is not a sweep file", "sweep", shadow.toString(), "--out", out);
    refusedUnquoted("this is not a scenario file", "sweep",
        sweep("base", shadow.toString(), "{type: factorial}").toString(), "--out", out);
    refusedUnquoted("this is not a points file for this sweep: its header (line 1) does not"
        + " name the factor years", "sweep", sweep("points", TOWN,
            "{type: points, pointsFile: shadow}").toString(), "--out", out);
    assertFalse(Files.exists(Path.of(out)), "nothing written");
  }

  @Test
  void aPointsFileWhoseHeaderIsNotCsvIsRefusedWithoutTheCsvReaderQuotingIt() throws IOException {
    Files.writeString(tmp.resolve("open.csv"), "\"" + SECRET + ",years\n1\n");
    refusedUnquoted("its first line is not a CSV header naming each column once", "sweep",
        sweep("points", TOWN, "{type: points, pointsFile: open.csv}").toString(), "--out",
        tmp.resolve("out").toString());
  }

  @Test
  void yamlSyntaxErrorsNameTheLineButNotAliasesOrTags() throws IOException {
    Path parent = Files.writeString(tmp.resolve("parent.yaml"), "seed: 1\ndescription: *"
        + SECRET + "\n");
    Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: parent.yaml\n");
    refusedUnquoted(parent + ", line 2, column 14: not valid YAML: found undefined alias",
        "validate", child.toString());
    Files.writeString(parent, "!" + SECRET + "!x 1\n");
    refusedUnquoted("undefined tag handle", "validate", child.toString());
  }

  @Test
  void aPasswordFileAsARunManifestIsRefusedUnquoted() throws IOException {
    Files.writeString(tmp.resolve("manifest.json"), SECRET + "\n");
    refusedUnquoted("is not a run manifest: it is not valid JSON (line 1, column 11)", "gui",
        "--replay", tmp.resolve("manifest.json").toString(), "--until", "0", "--screenshot",
        tmp.resolve("x.png").toString());
    Path run = Files.createDirectories(tmp.resolve("run"));
    Files.writeString(run.resolve("manifest.json"), "{\"seed\": \"" + SECRET + "\"}");
    Files.writeString(run.resolve("checkpoint.bin"), "x");
    refusedUnquoted("Cannot resume " + run + ": " + run.resolve("manifest.json")
        + " is not a readable run manifest: its field seed", "run", "--resume", run.toString());
  }

  @Test
  void aRunsCsvRowThatIsNotASweepRunIsDescribedNotQuoted() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("sweep"));
    Path sweepFile = Files.writeString(folder.resolve("sweep.yaml"), "name: s\nbase: base.yaml"
        + "\nseed: 1\ndesign: {type: factorial}\nfactors:\n  - {name: years, key: time.years,"
        + " values: [1]}\noutcomes: [crimes]\n");
    Files.copy(Path.of(TOWN), folder.resolve("base.yaml"));
    List<String> header = RunsCsv.header(SweepPlanner.plan(new SweepFileReader().read(sweepFile),
        false));
    List<String> row = new ArrayList<>(List.of("0", "0", "0", SECRET));
    while (row.size() < header.size()) {
      row.add(SECRET);
    }
    Path runs = Files.writeString(folder.resolve("runs.csv"), String.join(",", header) + "\n"
        + String.join(",", row) + "\n");
    refusedUnquoted(runs + ", line 2: the row is not run 0 of this sweep", "gui", "--replay",
        runs.toString(), "--row", "0", "--until", "0", "--screenshot",
        tmp.resolve("x.png").toString());
    Files.write(runs, (String.join(",", header) + "\n0,0,0,caf\u00e9\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    refusedUnquoted(runs + ": not a runs.csv: it is not UTF-8 text", "gui", "--replay",
        runs.toString(), "--row", "0", "--until", "0", "--screenshot",
        tmp.resolve("x.png").toString());
  }
}
