package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.CsvNumbers;

/**
 * The comparison's report leads with its result: the paired differences, absolute and relative
 * with their intervals and units, in plain numbers, before the design and the levels.
 */
class CompareReportTest {
  private static final Pattern SCIENTIFIC = Pattern.compile("\\d[eE][+-]?\\d");

  @Test
  void theReportLeadsWithThePairedDifferencesInPlainNumbersWithUnits(@TempDir Path tmp)
      throws IOException {
    SweepFixtures.Result r = SweepFixtures.run("compare", SweepFixtures.baseline().toString(),
        "--out", tmp.toString(), "--quiet", "--set", "jurisdictions[0].population=3000",
        "--set", "time.years=1", "--set", "time.warmupYears=0.5",
        "--policies", "NO_COOPERATION,HONOR_DETAINERS", "--replications", "3",
        "--outcomes", "crimes,victimisation_rate/UNAUTHORIZED");
    assertEquals(0, r.exit(), r.err());
    Path dir = SweepFixtures.resultsDir(r);
    String html = Files.readString(dir.resolve("index.html"));
    int differences = html.indexOf("Paired differences from NO_COOPERATION");
    assertTrue(differences > 0, "a paired-difference section");
    assertTrue(differences < html.indexOf("<h2>Design"), "before the design");
    assertTrue(differences < html.indexOf("Levels of each point"), "before the levels");
    assertTrue(html.contains("offences per 100k residents per year"), "units named");
    assertTrue(html.contains("victimisations per 100k residents of the group per year"));
    java.util.regex.Matcher m = SCIENTIFIC.matcher(html);
    assertFalse(m.find(), () -> "scientific notation: " + html.substring(Math.max(0,
        m.start() - 80), Math.min(html.length(), m.end() + 40)));

    // the table's crimes difference is compare.csv's, in plain notation
    List<String> rows = Files.readAllLines(dir.resolve("compare.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    String crimes = rows.stream().filter(l -> l.contains(",crimes,")).findFirst().orElseThrow();
    double difference = CsvNumbers.parse(crimes.split(",")[header.indexOf("difference")]);
    double halfWidth = CsvNumbers.parse(crimes.split(",")[header.indexOf("ci95_half_width")]);
    // two significant digits of the half-width set the decimals
    int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(halfWidth)));
    String plain = String.format(java.util.Locale.ROOT, "%,." + decimals + "f", difference);
    assertTrue(html.contains("<td>" + plain + "</td>"), "difference " + plain + " in the table");
  }
}
