package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.CsvNumbers;
import org.releasesim.output.DataPackageCheck;

/**
 * The example mechanism of docs/extending.md, reached as a user would: a scenario key switches
 * it on, summary.csv counts it, and a value out of range is refused.
 */
class PretrialDepartureRunTest {
  @TempDir
  Path tmp;

  private double departures(String... set) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/two-counties.yaml",
        "--out", tmp.toString(), "--quiet", "--seed", "3",
        "--set", "jurisdictions[0].population=4000", "--set", "jurisdictions[1].population=4000",
        "--set", "time.warmupYears=0.5", "--set", "time.years=2"));
    for (String s : set) {
      args.add("--set");
      args.add(s);
    }
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode, r.err);
    Path dir = Path.of(r.out.strip().lines().reduce((a, b) -> b).orElseThrow());
    List<CSVRecord> rows = DataPackageCheck.records(dir.resolve("summary.csv"));
    return rows.stream().filter(x -> x.get("metric").equals("pretrial_departures")
        && x.get("group").equals("all")).mapToDouble(x -> CsvNumbers.parse(x.get("value")))
        .sum();
  }

  @Test
  void aScenarioKeySwitchesDeparturesOnAndSummaryCsvCountsThem() throws IOException {
    assertEquals(0, departures());
    assertTrue(departures("courts.pretrialDeparturePerYear=3") > 0);
  }

  @Test
  void aNegativeRateIsRefusedWithTheKeyAndTheRange() throws IOException {
    // beside a copy of the scenario it extends
    Files.copy(Path.of("scenarios/baseline.yaml"), tmp.resolve("baseline.yaml"));
    Path scenario = tmp.resolve("absconding.yaml");
    String county = Files.readString(Path.of("scenarios/two-counties.yaml")).stripTrailing();
    int line = (int) county.lines().count() + 2;
    Files.writeString(scenario, county + "\ncourts:\n  pretrialDeparturePerYear: -1\n");
    CliRunner r = CliRunner.run("validate", scenario.toString());
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("courts.pretrialDeparturePerYear"), r.err);
    assertTrue(r.err.contains("line " + line), r.err);
  }
}
