package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.releasesim.cli.Refusals.refused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that used to mislead now say what is wrong: an invisible or look-alike character is
 * named by code point, a huge key is quoted cut, full-width digits are not "quoted text", a file
 * in another encoding is located, an index far past a list's end is past the end, and an option
 * is named as typed.
 */
class MisleadingMessagesTest {
  private static final String TOWN = Path.of("scenarios/small-teaching.yaml").toAbsolutePath()
      .toString();

  @TempDir
  Path tmp;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  private Path sweep(String name, String topKeys) throws IOException {
    return file(name, "name: s\nbase: " + TOWN + "\n" + topKeys + "design: {type: factorial}\n"
        + "factors:\n  - {key: time.years, values: [1]}\noutcomes: [crimes]\n");
  }

  private static String message(String... args) {
    return refused(args).err;
  }

  @Test
  void aKeyWithAnInvisibleCharacterNamesItInScenarioSetAndSweep() throws IOException {
    String m = message("validate", file("zw.yaml", "extends: " + TOWN + "\ns\u200Beed: 1\n")
        .toString());
    assertTrue(m.contains("line 2, column 1: unknown key s<U+200B>eed: it holds U+200B ZERO"
        + " WIDTH SPACE at character 2") && m.contains("(did you mean seed?)"), m);
    m = message("validate", TOWN, "--set", "s\u0435\u0435d=1");
    assertTrue(m.contains("it holds U+0435 CYRILLIC SMALL LETTER IE at character 2"), m);
    m = message("sweep", sweep("sweep.yaml", "se\u00A0ed: 1\n").toString(), "--out",
        tmp.resolve("out").toString());
    assertTrue(m.contains("unknown key se<U+00A0>ed: it holds U+00A0 NO-BREAK SPACE"), m);
  }

  @Test
  void aHugeKeyOrValueIsQuotedCutToEightyCharacters() throws IOException {
    // long enough for a message of its own size to be absurd, short enough to read fast
    String huge = "k".repeat(300_000);
    String quoted = "k".repeat(80) + "… (300000 characters)";
    for (String m : new String[] {
        // an explicit key (?): an implicit one is at most 1,024 characters in YAML
        message("validate", file("key.yaml", "? " + huge + "\n: 1\n").toString()),
        message("validate", file("value.yaml", "extends: " + TOWN + "\njurisdictions:\n  - name:"
            + " T\n    policy: " + huge + "\n").toString()),
        message("validate", TOWN, "--set", huge + "=1"),
        message("sweep", sweep("sweep.yaml", "? " + huge + "\n: 1\n").toString(), "--out",
            tmp.resolve("out").toString())}) {
      assertTrue(m.contains(quoted), Refusals.cut(m));
      assertTrue(m.length() < 2_000, m.length() + " characters: " + Refusals.cut(m));
    }
  }

  @Test
  void fullWidthDigitsAreNamedNotCalledQuotedText() throws IOException {
    String m = message("validate", file("fw.yaml", "extends: " + TOWN + "\nseed: \uFF11\uFF12"
        + "\n").toString());
    assertTrue(m.contains("seed = \uFF11\uFF12 holds a digit that is not ASCII (U+FF11"
        + " FULLWIDTH DIGIT ONE at character 1)"), m);
    assertFalse(m.contains("quoted text"), m);
    // the sweep reader's Long.parseLong used to read them as 12, silently
    m = message("sweep", sweep("sweep.yaml", "seed: \uFF11\uFF12\n").toString(), "--out",
        tmp.resolve("out").toString());
    assertTrue(m.contains("line 3") && m.contains("U+FF11 FULLWIDTH DIGIT ONE"), m);
  }

  @Test
  void aFileInAnotherEncodingIsLocatedNotReportedAsInputLength() throws IOException {
    byte[] latin1 = ("name: s\nbase: " + TOWN + "\nseed: 1\ndescription: caf\u00E9\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path sweepFile = Files.write(tmp.resolve("latin1.yaml"), latin1);
    int offset = latin1.length - 2; // the é, before the final line break
    String m = message("sweep", sweepFile.toString(), "--out", tmp.resolve("out").toString());
    assertTrue(m.contains("latin1.yaml: the file is not UTF-8 text: the byte at offset "
        + offset + " (line 4, column 17)"), m);
    assertFalse(m.contains("Input length"), m);
    Path scenario = Files.write(tmp.resolve("s.yaml"), "seed: 1\ndescription: caf\u00E9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    m = message("validate", scenario.toString());
    assertTrue(m.contains("s.yaml: the file is not UTF-8 text: the byte at offset 24 (line 2,"
        + " column 17)"), m);
    Files.write(tmp.resolve("points.csv"), "years\n\u00E9\n".getBytes(StandardCharsets.ISO_8859_1));
    m = message("sweep", file("p.yaml", "name: s\nbase: " + TOWN + "\nseed: 1\ndesign: {type:"
        + " points, pointsFile: points.csv}\nfactors:\n  - {key: time.years}\noutcomes:"
        + " [crimes]\n").toString(), "--out", tmp.resolve("out").toString());
    assertTrue(m.contains("points.csv: the file is not UTF-8 text: the byte at offset 6 (line 2,"
        + " column 1)"), m);
  }

  @Test
  void anIndexFarPastAListsEndSaysHowManyEntriesItHas() {
    for (String index : new String[] {"99", "9999999", "99999999999999999999"}) {
      String m = message("validate", TOWN, "--set", "jurisdictions[" + index + "].population=1");
      assertTrue(m.contains("jurisdictions[" + index + "] does not exist: jurisdictions has 1"
          + " entry, so the only index allowed is 0"), m);
      assertFalse(m.contains("not a key path"), m);
    }
  }

  @Test
  void theSeedOptionIsNamedAsTyped() {
    for (String m : new String[] {
        message("run", TOWN, "--seed", "-1", "--out", tmp.resolve("out").toString()),
        message("gui", TOWN, "--seed", "-1", "--until", "0", "--screenshot",
            tmp.resolve("x.png").toString())}) {
      assertTrue(m.contains("command line --seed -1: seed = -1 is out of range"), m);
      assertFalse(m.contains("--set"), m);
    }
    String m = message("compare", TOWN, "--policies", "NO_COOPERATION,NOTIFY_ONLY", "--seed",
        "-1");
    assertTrue(m.contains("--seed -1:") && !m.contains("--max-replications"), m);
  }
}
