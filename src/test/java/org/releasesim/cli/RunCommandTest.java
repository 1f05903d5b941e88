package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  /** A tiny but complete scenario: every mechanism runs, in well under a second. */
  static final List<String> TINY = List.of("--set", "jurisdictions[0].population=4000",
      "--set", "time.warmupYears=0.5", "--set", "time.years=1");

  @TempDir
  Path tmp;

  private CliRunner run(Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/baseline.yaml",
        "--quiet", "--check-invariants", "--out", out.toString()));
    args.addAll(TINY);
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private static Path runDir(CliRunner r) {
    return Path.of(r.out.strip().lines().reduce((a, b) -> b).orElseThrow());
  }

  @Test
  void aRunWritesEveryOutputAndMarksItselfComplete() throws IOException {
    CliRunner r = run(tmp);
    assertEquals(0, r.exitCode, r.err);
    Path dir = runDir(r);
    for (String f : List.of("manifest.json", "scenario.yaml", "timeseries.csv", "summary.csv",
        "metrics.csv", "datapackage.json", "index.html", "COMPLETE")) {
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
    }
    try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
      List<String> names = charts.map(p -> p.getFileName().toString()).toList();
      for (String chart : List.of("crimes_by_status", "jail_population", "detainers",
          "ice_arrests", "reporting_rate", "victimisation_by_group", "costs")) {
        assertTrue(names.contains(chart + ".png") && names.contains(chart + ".svg"),
            chart + " in " + names);
      }
    }
    String manifest = Files.readString(dir.resolve("manifest.json"));
    assertTrue(manifest.contains("\"status\" : \"complete\""), manifest);
    assertTrue(Files.readString(dir.resolve("timeseries.csv"))
        .startsWith("day,jurisdiction,metric,type,group,status,value,unit\n"));
  }

  @Test
  void aRunReportsVictimisationAndReportingByVictimGroup() throws IOException {
    Path dir = runDir(run(tmp));
    List<String[]> summary = Files.readAllLines(dir.resolve("summary.csv")).stream().skip(1)
        .map(line -> line.split(",", -1)).toList();
    double years = Double.NaN;
    for (String[] row : summary) {
      if (row[1].equals("victimisations") && row[2].equals("all") && row[3].equals("all")) {
        years = Double.parseDouble(row[6]) / Double.parseDouble(row[7]);
      }
    }
    for (String group : List.of("CITIZEN", "LAWFUL_NONCITIZEN", "UNAUTHORIZED")) {
      String[] rate = summaryRow(summary, "victimisation_rate", group);
      assertEquals("rate", rate[5]);
      assertEquals("", rate[7], "no per-year column: the value is per year already");
      // by hand: the group's victimisations over its mean residents over the recorded years
      double victims = Double.parseDouble(summaryRow(summary, "victimisations", group)[6]);
      double residents = Double.parseDouble(summaryRow(summary, "residents", group)[6]);
      double expected = victims / residents / years * 1e5;
      assertEquals(expected, Double.parseDouble(rate[6]), expected * 1e-9, group);
      double reported = Double.parseDouble(summaryRow(summary, "reporting_rate", group)[6]);
      double unreported = Double.parseDouble(summaryRow(summary, "unreported_share", group)[6]);
      assertEquals(1, reported + unreported, 1e-12, group);
    }
    List<String> series = Files.readAllLines(dir.resolve("timeseries.csv"));
    for (String metric : List.of("victimisation_rate", "reporting_rate", "unreported_share")) {
      assertTrue(series.stream().anyMatch(l -> l.contains("," + metric + ",")
          && l.contains(",UNAUTHORIZED,")), metric + " in timeseries.csv");
    }
    for (String file : List.of("victimisation_by_group.png", "victimisation_by_group.svg")) {
      assertTrue(Files.size(dir.resolve("charts").resolve(file)) > 0, file);
    }
    assertTrue(Files.readString(dir.resolve("index.html"))
        .contains("charts/victimisation_by_group.png"));
  }

  private static String[] summaryRow(List<String[]> summary, String metric, String group) {
    return summary.stream().filter(r -> r[1].equals(metric) && r[2].equals("all")
        && r[3].equals(group) && r[4].equals("all")).findFirst()
        .orElseThrow(() -> new AssertionError(metric + " " + group + " not in summary.csv"));
  }

  @Test
  void sameSeedGivesByteIdenticalTablesAndAnotherSeedDoesNot() throws IOException {
    Path a = runDir(run(tmp.resolve("a"), "--seed", "3"));
    Path b = runDir(run(tmp.resolve("b"), "--seed", "3"));
    Path c = runDir(run(tmp.resolve("c"), "--seed", "4"));
    for (String f : List.of("timeseries.csv", "summary.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
      assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve(f)),
          Files.readAllBytes(c.resolve(f))), f);
    }
  }

  @Test
  void aNewRunNeverOverwritesAnEarlierOne() {
    Path first = runDir(run(tmp, "--seed", "5"));
    Path second = runDir(run(tmp, "--seed", "5"));
    assertNotEquals(first, second);
    assertTrue(Files.exists(first.resolve("COMPLETE")));
    assertTrue(Files.exists(second.resolve("COMPLETE")));
  }

  @Test
  void aRunChecksEveryKeySeriesForATrendInACsvAndItsReport() throws IOException {
    Path dir = runDir(run(tmp));
    List<String> csv = Files.readAllLines(dir.resolve("stationarity.csv"));
    assertEquals("series,group,unit,window_days,first_mean,last_mean,relative_change_pct,noise_pct,"
        + "result,slope_per_year,slope_low,slope_high,mser5_truncation_days", csv.get(0));
    List<String> series = csv.stream().skip(1).map(line -> line.split(",")[0] + " "
        + line.split(",")[1]).toList();
    assertEquals(List.of("jail_population all", "jail_pretrial_share all", "residents CITIZEN",
        "residents LAWFUL_NONCITIZEN", "residents UNAUTHORIZED", "offending_per_100k CITIZEN",
        "offending_per_100k LAWFUL_NONCITIZEN", "offending_per_100k UNAUTHORIZED",
        "ice_custody_population all"), series);
    // a one-year period is shorter than six years: its thirds are compared
    assertTrue(csv.get(1).contains(",121.66666666666667,"), csv.get(1));
    String html = Files.readString(dir.resolve("index.html"));
    assertTrue(html.contains("<h2 id=\"steady-state\">Steady state</h2>"));
    assertTrue(html.contains("<td>offending_per_100k (UNAUTHORIZED)</td>"));
    assertTrue(html.contains("first and last third"));
    assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"stationarity.csv\""));
  }

  @Test
  void aJailFillingFromEmptyIsWarnedAboutByNameWithItsChange() throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/baseline.yaml",
        "--out", tmp.toString()));
    args.addAll(TINY);
    args.addAll(List.of("--set", "time.warmupYears=0"));
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode, r.err);
    double[] means = jailThirds(runDir(r).resolve("timeseries.csv"));
    String expected = String.format(java.util.Locale.ROOT, "warning: jail_population still"
        + " trends: last third's mean is %.1f%% above the first third's (criterion 3%%);"
        + " consider a longer warm-up (time.warmupYears)", 100 * (means[1] / means[0] - 1));
    assertTrue(means[1] > 1.03 * means[0], "the jail starts empty and fills");
    assertTrue(r.err.lines().anyMatch(line -> line.startsWith(expected)), r.err);

    args.add("--quiet");
    CliRunner quiet = CliRunner.run(args.toArray(String[]::new));
    assertFalse(quiet.err.contains("warning"), quiet.err);
  }

  /**
   * The mean number in jail (all statuses and jurisdictions) over the first and last third of
   * the recorded period, straight from the time series: each interval runs from the previous
   * recorded day, belongs to the third that holds its middle, and weighs its length.
   */
  private static double[] jailThirds(Path timeseries) throws IOException {
    java.util.TreeMap<Integer, Double> jail = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(timeseries).subList(1, Files.readAllLines(timeseries)
        .size())) {
      String[] cells = line.split(",");
      if (cells[2].equals("jail_population")) {
        jail.merge(Integer.parseInt(cells[0]), Double.parseDouble(cells[6]), Double::sum);
      }
    }
    double third = jail.lastKey() / 3.0;
    double[] sums = new double[4];
    int previous = 0;
    for (var entry : jail.entrySet()) {
      double length = entry.getKey() - previous;
      double middle = entry.getKey() - length / 2;
      int window = middle < third ? 0 : middle >= 2 * third ? 2 : -1;
      previous = entry.getKey();
      if (window >= 0) {
        sums[window] += entry.getValue() * length;
        sums[window + 1] += length;
      }
    }
    return new double[] {sums[0] / sums[1], sums[2] / sums[3]};
  }

  @Test
  void passedInvariantChecksAreCountedUnlessQuiet() {
    List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/baseline.yaml",
        "--check-invariants", "--out", tmp.toString()));
    args.addAll(TINY);
    CliRunner loud = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, loud.exitCode, loud.err);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^invariants: (\\d+) checks passed$").matcher(loud.out);
    assertTrue(m.find(), loud.out);
    // weekly intervals over a year recorded after half a year of warm-up
    assertTrue(Integer.parseInt(m.group(1)) >= 52, loud.out);
    assertFalse(run(tmp).out.contains("invariants:"), "--quiet prints only the folder");
  }

  @Test
  void badInputExitsWithCodeTwoAClearParagraphAndNoRunDirectory() throws IOException {
    CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--quiet", "--out",
        tmp.toString(), "--set", "time.years=-3");
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("time.years"), r.err);
    assertTrue(r.err.contains("command line"), r.err);
    assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(0, s.count(), "nothing written");
    }
  }

  @Test
  void aMissingScenarioFileIsABadInput() {
    CliRunner r = CliRunner.run("run", tmp.resolve("nope.yaml").toString(), "--quiet");
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("nope.yaml"), r.err);
  }

  @Test
  void anUnknownOptionIsABadInput() {
    CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--frobnicate");
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("--frobnicate"), r.err);
  }
}
