package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.DataPackageCheck;

/** Units in the files and console output of a comparison and a sweep, and their dictionary. */
class UnitsInSweepAndCompareTest {
  private static final String FLOW = "offences per 100k residents per year";
  private static final String RATE = "victimisations per 100k residents of the group per year";

  @Test
  void theCompareTableAndFilesNameTheUnitOfEveryOutcome(@TempDir Path tmp) throws IOException {
    SweepFixtures.Result r = SweepFixtures.run("compare", SweepFixtures.baseline().toString(),
        "--out", tmp.toString(), "--quiet", "--set", "jurisdictions[0].population=3000",
        "--set", "time.years=1", "--set", "time.warmupYears=0.5", "--policies",
        "NO_COOPERATION,HONOR_DETAINERS", "--replications", "2", "--outcomes",
        "crimes,victimisation_rate/UNAUTHORIZED,jail_population");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    String header = lines.stream().filter(l -> l.startsWith("outcome")).findFirst()
        .orElseThrow();
    assertTrue(header.endsWith("unit (of mean, difference, interval)"), header);
    assertTrue(row(lines, "crimes ").endsWith(FLOW), r.out());
    assertTrue(row(lines, "victimisation_rate/UNAUTHORIZED ").endsWith(RATE), r.out());
    assertTrue(row(lines, "jail_population ").endsWith("persons"), r.out());
    assertTrue(r.out().contains("variances in (" + FLOW + ") squared"), r.out());

    Path dir = SweepFixtures.resultsDir(r);
    JsonNode pkg = DataPackageCheck.describesEveryCsv(dir);
    assertEquals(Set.of("runs.csv", "points.csv", "design.csv", "compare.csv"),
        Set.copyOf(pkg.findValuesAsText("path")));
    for (CSVRecord c : DataPackageCheck.records(dir.resolve("compare.csv"))) {
      if (c.get("outcome").equals("crimes")) {
        assertEquals(FLOW, c.get("unit"));
      }
    }
    assertEquals(FLOW, DataPackageCheck.field(pkg, "runs.csv", "crimes").path("unit").asText(),
        "runs.csv keeps its header; the dictionary gives each column's unit");
    assertEquals(RATE, DataPackageCheck.field(pkg, "runs.csv",
        "victimisation_rate/UNAUTHORIZED").path("unit").asText());
    assertTrue(java.nio.file.Files.readString(
        dir.resolve("manifest.json")).contains("\"datapackage.json\""),
        "the checksums cover the dictionary");
  }

  @Test
  void aSweepsLongTablesEndWithTheUnitAndItsPrecisionLinesNameIt(@TempDir Path tmp)
      throws IOException {
    Path file = SweepFixtures.sweepFile(tmp, "units", """
        seed: 5
        replications: 2
        paired: true
        design: {type: factorial}
        factors:
          - key: jurisdictions[0].iceOfficers
            values: [4, 12]
        outcomes: [crimes, jail_population]
        timeSeries: [crimes, jail_population]
        precision: {crimes: 50}
        """);
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--out",
        tmp.resolve("out").toString(), "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("crimes (" + FLOW + "): "), r.out());
    Path dir = SweepFixtures.resultsDir(r);
    JsonNode pkg = DataPackageCheck.describesEveryCsv(dir);
    assertTrue(Set.copyOf(pkg.findValuesAsText("path")).containsAll(Set.of("runs.csv",
        "points.csv", "design.csv", "series.csv", "runs-series.csv")));
    for (String table : List.of("points.csv", "series.csv", "runs-series.csv")) {
      List<String> header = DataPackageCheck.header(dir.resolve(table));
      assertEquals("unit", header.get(header.size() - 1), table);
    }
    for (CSVRecord s : DataPackageCheck.records(dir.resolve("series.csv"))) {
      assertEquals(s.get("outcome").equals("crimes") ? "offences per interval" : "persons",
          s.get("unit"), "a series value is a count per interval or a level");
    }
    for (CSVRecord p : DataPackageCheck.records(dir.resolve("points.csv"))) {
      if (p.get("outcome").equals("crimes")) {
        assertEquals(FLOW, p.get("unit"));
      }
    }
  }

  /** Morris effects carry the outcome's unit; Sobol indices are shares and have none. */
  @Test
  void screeningTablesAreDescribedWithTheirUnits(@TempDir Path tmp) throws IOException {
    for (String design : List.of("{type: morris, trajectories: 2}", "{type: sobol, samples: 4}")) {
      String name = design.contains("morris") ? "morris" : "sobol";
      Path file = SweepFixtures.sweepFile(tmp, name, """
          seed: 3
          replications: 1
          design: %s
          factors:
            - key: jurisdictions[0].iceOfficers
              range: {min: 2, max: 12}
            - key: trust.enabled
              values: [true, false]
          outcomes: [crimes, offending_rate/UNAUTHORIZED]
          """.formatted(design));
      SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--out",
          tmp.resolve("out").toString(), "--quiet");
      assertEquals(0, r.exit(), r.err());
      Path dir = SweepFixtures.resultsDir(r);
      JsonNode pkg = DataPackageCheck.describesEveryCsv(dir);
      assertTrue(Set.copyOf(pkg.findValuesAsText("path")).contains(name + ".csv"), name);
      for (CSVRecord row : DataPackageCheck.records(dir.resolve(name + ".csv"))) {
        if (name.equals("morris") && row.get("outcome").equals("offending_rate/UNAUTHORIZED")) {
          assertEquals("offences per 100k residents of the group per year", row.get("unit"));
        }
      }
      assertEquals("number", DataPackageCheck.field(pkg, "design.csv",
          "jurisdictions[0].iceOfficers").path("type").asText());
      assertEquals("string", DataPackageCheck.field(pkg, "design.csv", "trust.enabled")
          .path("type").asText());
      if (name.equals("sobol")) {
        assertEquals("share of the outcome's variance", DataPackageCheck.field(pkg, "sobol.csv",
            "s1").path("unit").asText());
        assertFalse(DataPackageCheck.header(dir.resolve("sobol.csv")).contains("unit"));
      }
    }
  }

  private static String row(List<String> lines, String start) {
    return lines.stream().filter(l -> l.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + start + " in " + lines));
  }
}
