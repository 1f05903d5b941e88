package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.CsvNumbers;

/** The paired policy comparison on a tiny county. */
class CompareCommandTest {
  private static final String[] TINY = {"--set", "jurisdictions[0].population=3000",
      "--set", "time.years=1", "--set", "time.warmupYears=0.5"};

  private static SweepFixtures.Result compare(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("compare",
        SweepFixtures.baseline().toString(), "--out", out.toString(), "--quiet"));
    args.addAll(List.of(TINY));
    args.addAll(List.of(more));
    return SweepFixtures.run(args.toArray(String[]::new));
  }

  @Test
  void pairingReducesTheVarianceOfTheCrimeDifference(@TempDir Path tmp) throws IOException {
    SweepFixtures.Result r = compare(tmp, "--policies", "NO_COOPERATION,HONOR_DETAINERS",
        "--replications", "6", "--threads", "2");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Variance reduction from pairing, crimes"), r.out());
    Path dir = SweepFixtures.resultsDir(r);
    assertEquals(tmp.resolve("compare-baseline"), dir.getParent(), "named as runs are");
    List<String> rows = Files.readAllLines(dir.resolve("compare.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    String crimes = rows.stream().filter(l -> l.contains(",crimes,")).findFirst().orElseThrow();
    double ratio = CsvNumbers.parse(crimes.split(",")[header.indexOf("variance_ratio")]);
    assertTrue(ratio > 1, "variance-reduction ratio for crimes: " + ratio);
    assertTrue(Files.exists(dir.resolve("charts/contrast_crimes.png")));
    assertTrue(Files.exists(dir.resolve("charts/contrasts_relative.svg")));
    assertTrue(Files.readString(dir.resolve("index.html")).contains("Variance reduction"));
    SweepFixtures.Result again = SweepFixtures.run("sweep", dir.resolve("sweep.yaml").toString(),
        "--out", tmp.resolve("repeat").toString(), "--quiet");
    assertEquals(0, again.exit(), again.err());
    assertEquals(Files.readString(dir.resolve("runs.csv")),
        Files.readString(SweepFixtures.resultsDir(again).resolve("runs.csv")),
        "the folder's sweep.yaml repeats the comparison");
  }

  @Test
  void anOutcomeWithAReferenceMeanOfZeroIsLeftOutOfTheRelativeChartAndNamed(@TempDir Path tmp)
      throws IOException {
    // honoured detainers are never declined: detainers_declined is 0 for the reference, and
    // its relative difference undefined; 20,000 residents give the alternative some declines
    SweepFixtures.Result r = compare(tmp, "--policies", "HONOR_DETAINERS,NO_COOPERATION",
        "--replications", "2", "--outcomes", "crimes,detainers_declined",
        "--set", "jurisdictions[0].population=20000");
    assertEquals(0, r.exit(), r.err());
    Path dir = SweepFixtures.resultsDir(r);
    String svg = Files.readString(dir.resolve("charts/contrasts_relative.svg"));
    assertFalse(svg.contains("NaN"), "an undefined bar must not blank the chart");
    String note = "Not drawn: detainers_declined (HONOR_DETAINERS mean 0)";
    assertTrue(svg.contains(note), "the chart names what it leaves out");
    assertTrue(svg.contains(">crimes<"), "the defined outcome is still drawn");
    assertTrue(Files.readString(dir.resolve("index.html")).contains(note),
        "the report names what the chart leaves out");
  }

  @Test
  void aSecondComparisonOfTheSameScenarioGetsAFolderOfItsOwn(@TempDir Path tmp)
      throws IOException {
    SweepFixtures.Result first = compare(tmp, "--policies", "NO_COOPERATION,NOTIFY_ONLY",
        "--replications", "2");
    assertEquals(0, first.exit(), first.err());
    Path firstDir = SweepFixtures.resultsDir(first);
    String firstRuns = Files.readString(firstDir.resolve("runs.csv"));
    SweepFixtures.Result second = compare(tmp, "--policies", "NO_COOPERATION,HONOR_DETAINERS",
        "--replications", "2");
    assertEquals(0, second.exit(), second.err());
    Path secondDir = SweepFixtures.resultsDir(second);
    assertNotEquals(firstDir, secondDir);
    assertEquals(firstDir.getParent(), secondDir.getParent(), "both under compare-baseline/");
    assertTrue(Files.exists(firstDir.resolve("COMPLETE")) && Files.exists(
        secondDir.resolve("COMPLETE")));
    assertEquals(firstRuns, Files.readString(firstDir.resolve("runs.csv")),
        "the first comparison is untouched");
    assertTrue(Files.readString(secondDir.resolve("sweep.yaml")).contains("HONOR_DETAINERS"));
  }

  @Test
  void adaptiveReplicationsStopAtTheCapAndSaySo(@TempDir Path tmp) {
    SweepFixtures.Result r = compare(tmp, "--policies", "NO_COOPERATION,NOTIFY_ONLY",
        "--replications", "2", "--precision", "crimes=0.000001", "--max-replications", "4");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("stopped at the cap of 4 replicates"), r.out());
  }

  @Test
  void adaptiveReplicationsStopWhenTheTargetIsMet(@TempDir Path tmp) {
    SweepFixtures.Result r = compare(tmp, "--policies", "NO_COOPERATION,NOTIFY_ONLY",
        "--replications", "2", "--precision", "crimes=1000000");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("precision reached with 2 replicates"), r.out());
  }

  @Test
  void badPoliciesExitWithCodeTwo(@TempDir Path tmp) {
    SweepFixtures.Result r = compare(tmp, "--policies", "NO_COOPERATION,SANCTUARY");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("'SANCTUARY' is not a policy"), r.err());
  }

  /**
   * Policies a scenario defines are compared by name like the bundled ones; 'all' takes them in.
   * JAIL_287G in real-world-rules.yaml is HONOR_DETAINERS written as data, so on common random
   * numbers every paired difference from HONOR_DETAINERS is exactly zero.
   */
  @Test
  void policiesTheScenarioDefinesAreComparedByNameAndACopyOfHonorDiffersByNothing(
      @TempDir Path tmp) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("compare",
        Path.of("scenarios", "policies", "real-world-rules.yaml").toAbsolutePath().toString(),
        "--out", tmp.toString(), "--quiet", "--policies", "all", "--replications", "2",
        "--outcomes", "crimes,custodial_transfers,detainers_declined,trust/UNAUTHORIZED"));
    args.addAll(List.of(TINY));
    SweepFixtures.Result r = SweepFixtures.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    Path dir = SweepFixtures.resultsDir(r);
    assertTrue(Files.readString(dir.resolve("sweep.yaml")).contains("policy: ['HONOR_DETAINERS',"
        + " 'NOTIFY_ONLY', 'SERIOUS_ONLY', 'NO_COOPERATION', 'SB54', 'JAIL_287G', 'COOK_COUNTY',"
        + " 'NOTIFY_VIOLENT_AHEAD', 'HOLD_24H_VIOLENT']"), "all: the bundled, then the file's own");
    List<String> rows = Files.readAllLines(dir.resolve("compare.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    List<String> copy = rows.stream().filter(l -> l.split(",")[header.indexOf("policy")]
        .equals("JAIL_287G")).toList();
    assertTrue(copy.size() >= 4, "a row per outcome: " + copy.size());
    for (String row : copy) {
      assertEquals(0.0, CsvNumbers.parse(row.split(",")[header.indexOf("difference")]), row);
    }
    assertTrue(rows.stream().anyMatch(l -> l.contains(",SB54,")), "SB54 is compared");
  }

  @Test
  void aPolicyTheScenarioDoesNotKnowIsRefusedListingThoseItDoes(@TempDir Path tmp) {
    SweepFixtures.Result r = SweepFixtures.run("compare", Path.of("scenarios", "policies",
        "sb54-county.yaml").toString(), "--out", tmp.toString(), "--quiet", "--policies",
        "HONOR_DETAINERS,SB55");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("'SB55' is not a policy of"), r.err());
    assertTrue(r.err().contains("NO_COOPERATION, SB54, JAIL_287G"), r.err());
  }

  @Test
  void victimisationPerResidentsOfTheGroupIsAnOutcomeAComparisonCanReport(@TempDir Path tmp)
      throws IOException {
    SweepFixtures.Result r = compare(tmp, "--policies", "NO_COOPERATION,HONOR_DETAINERS",
        "--replications", "2", "--outcomes", "victimisation_rate/UNAUTHORIZED,"
            + "unreported_share/UNAUTHORIZED,victimisations/UNAUTHORIZED,residents/UNAUTHORIZED");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("victimisation_rate/UNAUTHORIZED"), r.out());
    Path dir = SweepFixtures.resultsDir(r);
    String compareCsv = Files.readString(dir.resolve("compare.csv"));
    assertTrue(compareCsv.contains(",victimisation_rate/UNAUTHORIZED,"), compareCsv);
    assertTrue(compareCsv.contains(",unreported_share/UNAUTHORIZED,"), compareCsv);
    assertTrue(Files.readString(dir.resolve("index.html"))
        .contains("victimisations per 100k residents of the group per year"));
    // per run: victimisations of unauthorized residents per 100,000 of ALL residents per year,
    // times all residents over unauthorized residents, is per 100,000 unauthorized residents
    List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
    List<String> header = List.of(runs.get(0).split(","));
    for (String line : runs.subList(1, runs.size())) {
      String[] cells = line.split(",");
      double rate = cell(cells, header, "victimisation_rate/UNAUTHORIZED");
      double perAllResidents = cell(cells, header, "victimisations/UNAUTHORIZED");
      double everyone = cell(cells, header, "residents");
      double unauthorized = cell(cells, header, "residents/UNAUTHORIZED");
      assertTrue(unauthorized > 0 && unauthorized < everyone, line);
      assertEquals(perAllResidents * everyone / unauthorized, rate, rate * 1e-9, line);
      double unreported = cell(cells, header, "unreported_share/UNAUTHORIZED");
      assertTrue(unreported > 0 && unreported < 1, line);
    }
  }

  private static double cell(String[] cells, List<String> header, String column) {
    return CsvNumbers.parse(cells[header.indexOf(column)]);
  }

  @Test
  void enforcementBreakdownsAreOutcomesAComparisonCanReport(@TempDir Path tmp)
      throws IOException {
    List<String> outcomes = List.of("ice_arrests/AT_LARGE_INDEPENDENT",
        "ice_arrests/JAIL_TRANSFER", "ice_arrests_by_record/NEVER_BOOKED",
        "removals_by_record/VIOLENT_CONVICTION", "transfers_by_stage/PRETRIAL",
        "population_flows/DEATH");
    SweepFixtures.Result r = compare(tmp, "--policies", "HONOR_DETAINERS,NO_COOPERATION",
        "--replications", "2", "--outcomes", String.join(",", outcomes));
    assertEquals(0, r.exit(), r.err());
    String csv = Files.readString(SweepFixtures.resultsDir(r).resolve("compare.csv"));
    for (String outcome : outcomes) {
      assertTrue(csv.contains(outcome), outcome + " in compare.csv");
    }
  }
}
