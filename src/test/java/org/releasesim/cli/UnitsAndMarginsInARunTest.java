package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.CsvNumbers;
import org.releasesim.output.DataPackageCheck;
import org.releasesim.output.ManifestJson;

/**
 * The units, the margin rows, offending per 100,000 of the offender's own group and the data
 * dictionary of a run, read from the files the real command line writes for two small counties
 * (so that the summary has the jurisdiction {@code all} as well as categories {@code all}).
 */
class UnitsAndMarginsInARunTest {
  @TempDir
  static Path tmp;
  static Path dir;
  static String console;
  static List<CSVRecord> summary;

  @BeforeAll
  static void runTwoSmallCounties() throws IOException {
    CliRunner r = CliRunner.run("run", "scenarios/two-counties.yaml", "--out", tmp.toString(),
        "--seed", "7", "--set", "jurisdictions[0].population=2500",
        "--set", "jurisdictions[1].population=2500", "--set", "time.warmupYears=0.5",
        "--set", "time.years=1");
    assertEquals(0, r.exitCode, r.err);
    console = r.out;
    dir = Path.of(r.out.strip().lines().reduce((a, b) -> b).orElseThrow());
    summary = DataPackageCheck.records(dir.resolve("summary.csv"));
  }

  private static CSVRecord row(String where, String metric, String type, String group,
      String status) {
    return summary.stream().filter(r -> r.get("jurisdiction").equals(where)
        && r.get("metric").equals(metric) && r.get("type").equals(type)
        && r.get("group").equals(group) && r.get("status").equals(status)).findFirst()
        .orElseThrow(() -> new AssertionError(where + " " + metric + " " + type + " " + group
            + " " + status));
  }

  private static double value(CSVRecord r, String column) {
    return CsvNumbers.parse(r.get(column));
  }

  @Test
  void theSummaryNamesTheUnitOfAFlowAStockARatioAndARate() {
    assertEquals("offences", row("all", "crimes", "all", "all", "all").get("unit"));
    assertEquals("persons", row("all", "residents", "all", "UNAUTHORIZED", "all").get("unit"));
    assertEquals("share", row("all", "reporting_rate", "all", "CITIZEN", "all").get("unit"));
    assertEquals("victimisations per 100k residents of the group per year",
        row("all", "victimisation_rate", "all", "UNAUTHORIZED", "all").get("unit"));
    assertEquals("offences per 100k residents of the group per year",
        row("all", "offending_rate", "all", "UNAUTHORIZED", "all").get("unit"));
    assertEquals("USD", row("all", "costs", "all", "all", "JAIL").get("unit"));
  }

  @Test
  void theTimeSeriesNamesTheUnitOfEveryValue() throws IOException {
    Map<String, Set<String>> units = new HashMap<>();
    for (CSVRecord r : DataPackageCheck.records(dir.resolve("timeseries.csv"))) {
      units.computeIfAbsent(r.get("metric"), k -> new HashSet<>()).add(r.get("unit"));
    }
    assertEquals(Set.of("offences per interval"), units.get("crimes"));
    assertEquals(Set.of("persons"), units.get("residents"), "a stock's level, not per interval");
    assertEquals(Set.of("share"), units.get("reporting_rate"));
    assertEquals(Set.of("offences per 100k residents of the group per year"),
        units.get("offending_rate"));
  }

  /**
   * Offending per 100,000 of the offender's own group, from other rows of the same file: the
   * unauthorized offenders' crimes over the unauthorized residents' average number, per year
   * (the years being the crimes total over its per-year figure), times 100,000.
   */
  @Test
  void offendingRateIsTheGroupsCrimesOverItsOwnResidentsPerYear() {
    for (String where : List.of("all", "Cooper County", "Haven County")) {
      CSVRecord crimes = row(where, "crimes", "all", "all", "all");
      double years = value(crimes, "value") / value(crimes, "per_year");
      for (String group : List.of("CITIZEN", "UNAUTHORIZED")) {
        double offences = value(row(where, "crimes", "all", group, "all"), "value");
        double residents = value(row(where, "residents", "all", group, "all"), "value");
        assertTrue(offences > 0 && residents > 0, where + " " + group);
        CSVRecord rate = row(where, "offending_rate", "all", group, "all");
        assertEquals("rate", rate.get("kind"));
        assertEquals(offences / residents / years * 1e5, value(rate, "value"),
            1e-9 * value(rate, "value"), where + " " + group);
      }
      double violent = value(row(where, "crimes", "VIOLENT", "UNAUTHORIZED", "all"), "value");
      double unauthorized = value(row(where, "residents", "all", "UNAUTHORIZED", "all"),
          "value");
      assertEquals(violent / unauthorized / years * 1e5,
          value(row(where, "offending_rate", "VIOLENT", "UNAUTHORIZED", "all"), "value"), 1e-6);
      assertEquals(value(crimes, "per_100k_per_year"),
          value(row(where, "offending_rate", "all", "all", "all"), "value"), 1e-6,
          "over every group, it is the crimes per 100,000 of all residents");
    }
  }

  /** The rule the dictionary and the docs give: sum the rows with margin false, or take all. */
  @Test
  void theRowsThatAreNotMarginsAddUpToTheMarginRows() {
    double total = value(row("all", "crimes", "all", "all", "all"), "value");
    double cells = summary.stream().filter(r -> r.get("metric").equals("crimes")
        && r.get("margin").equals("false")).mapToDouble(r -> value(r, "value")).sum();
    assertEquals(total, cells, 1e-9);
    for (String group : List.of("CITIZEN", "LAWFUL_NONCITIZEN", "UNAUTHORIZED")) {
      double byGroup = summary.stream().filter(r -> r.get("metric").equals("crimes")
          && r.get("margin").equals("false") && r.get("group").equals(group))
          .mapToDouble(r -> value(r, "value")).sum();
      assertEquals(value(row("all", "crimes", "all", group, "all"), "value"), byGroup, 1e-9,
          group);
    }
    double everyRow = summary.stream().filter(r -> r.get("metric").equals("crimes"))
        .mapToDouble(r -> value(r, "value")).sum();
    assertTrue(everyRow > 10 * total, "a naive sum over every row counts cells many times");
    assertEquals("false", row("Haven County", "residents", "all", "CITIZEN", "all")
        .get("margin"), "all in a dimension residents has no breakdown by is no margin");
    assertEquals("true", row("all", "residents", "all", "CITIZEN", "all").get("margin"),
        "the jurisdiction all totals the counties");
    double residents = summary.stream().filter(r -> r.get("metric").equals("residents")
        && r.get("margin").equals("false")).mapToDouble(r -> value(r, "value")).sum();
    assertEquals(value(row("all", "residents", "all", "all", "all"), "value"), residents, 1e-6);
  }

  @Test
  void theDataPackageDescribesEveryCsvOfTheRunAndEveryMetricItUses() throws IOException {
    JsonNode pkg = DataPackageCheck.describesEveryCsv(dir);
    assertEquals(Set.of("timeseries.csv", "summary.csv", "stationarity.csv", "metrics.csv"),
        Set.copyOf(pkg.findValuesAsText("path")));
    Set<String> metrics = new HashSet<>(DataPackageCheck.column(dir.resolve("metrics.csv"),
        "metric"));
    assertTrue(metrics.containsAll(DataPackageCheck.column(dir.resolve("summary.csv"),
        "metric")));
    assertTrue(metrics.containsAll(DataPackageCheck.column(dir.resolve("timeseries.csv"),
        "metric")));
    assertTrue(metrics.contains("offending_rate"));
    JsonNode margin = DataPackageCheck.field(pkg, "summary.csv", "margin");
    assertEquals("boolean", margin.path("type").asText());
    assertTrue(margin.path("description").asText().contains("margin false"),
        "the dictionary says how to add up safely");
    assertEquals("days", DataPackageCheck.field(pkg, "timeseries.csv", "day").path("unit")
        .asText());
    Map<String, String> outputs = ManifestJson.read(dir.resolve("manifest.json")).outputs();
    assertTrue(outputs.containsKey("datapackage.json") && outputs.containsKey("metrics.csv"),
        "the manifest's checksums cover the dictionaries");
    assertFalse(Files.readString(dir.resolve("datapackage.json")).contains("NaN"));
  }

  @Test
  void theRunsHighlightsNameTheirUnits() {
    assertTrue(console.contains("per 100,000 residents per year: crimes "), console);
    assertTrue(console.matches("(?s).* crimes [0-9.]+ offences; .*"), console);
    assertTrue(console.matches("(?s).* removals [0-9.]+ persons; .*"), console);
    assertTrue(console.matches("(?s).*jail population [0-9.]+ persons per 100,000 residents"
        + " \\(average\\).*"), console);
  }
}
