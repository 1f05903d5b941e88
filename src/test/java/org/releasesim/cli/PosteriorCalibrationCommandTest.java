package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate --posterior} through the real command line, on a county of 5,000 with a
 * one-year warm-up and a handful of particles: every output file appears, posterior.csv keeps
 * the shared format, the results are byte-identical on one and two threads, an interrupted
 * calibration resumed from its saved generations ends identical, and bad calibration files exit
 * with code 2 and name the file and line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosteriorCalibrationCommandTest {
  static final String TINY = """
      name: tiny
      seed: 11
      county: {population: 5000, warmupYears: 1, cohortYears: 1, followUpYears: 1}
      parameters:
        reporting.reportRates.violent:
          beta: {alpha: 8, beta: 12}
        policing.clearanceRates.property:
          uniform: {min: 0.05, max: 0.4}
      targets:
        reporting_violent: {range: [0.40, 0.51]}
        clearance_property: {range: [0.16, 0.20]}
      sampler: {particles: 6, batch: 8, generations: 3}
      predictiveDraws: 4
      """;
  static final List<String> RESULT_FILES = List.of("posterior.csv", "generations.csv",
      "parameters.csv", "predictive.csv", "report.md", "calibration.yaml", "COMPLETE");

  Path tmp;
  Path file;
  Path twoThreads;
  Path oneThread;
  CliRunner first;

  @BeforeAll
  void calibrateTwice(@TempDir Path dir) throws IOException {
    tmp = dir;
    file = tmp.resolve("tiny.yaml");
    Files.writeString(file, TINY);
    first = CliRunner.run("calibrate", "--posterior", file.toString(), "--out",
        tmp.resolve("a").toString(), "--threads", "2");
    twoThreads = folder(tmp.resolve("a"));
    CliRunner second = CliRunner.run("calibrate", "--posterior", file.toString(), "--out",
        tmp.resolve("b").toString(), "--threads", "1", "--quiet");
    assertEquals(0, second.exitCode, second.err);
    oneThread = folder(tmp.resolve("b"));
  }

  static Path folder(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root.resolve("calibration").resolve("tiny"))) {
      return s.findFirst().orElseThrow();
    }
  }

  @Test
  void writesEveryOutputFile() throws IOException {
    assertEquals(0, first.exitCode, first.err);
    for (String name : RESULT_FILES) {
      assertTrue(Files.isRegularFile(twoThreads.resolve(name)), name);
    }
    for (String chart : List.of("marginal-reporting-reportRates-violent.png",
        "marginal-policing-clearanceRates-property.png",
        "pair-reporting-reportRates-violent--policing-clearanceRates-property.png")) {
      assertTrue(Files.size(twoThreads.resolve("charts").resolve(chart)) > 1000, chart);
    }
    assertTrue(first.out.contains("reporting.reportRates.violent") && first.out.contains(
        "Predictive check:"), first.out);
    assertTrue(first.err.contains("generation 2"), first.err);
    String report = Files.readString(twoThreads.resolve("report.md"));
    assertTrue(report.contains("## Posterior predictive check") && report.contains(
        "Posterior SD / prior SD"), report);
  }

  @Test
  void posteriorCsvFollowsTheSharedFormat() throws IOException {
    String text = Files.readString(twoThreads.resolve("posterior.csv"));
    assertFalse(text.contains("\r") || text.contains("#"), text);
    List<String> lines = text.lines().toList();
    assertEquals("particle,weight,reporting.reportRates.violent,"
        + "policing.clearanceRates.property", lines.get(0));
    assertEquals(1 + 6, lines.size());
    double sum = 0;
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      assertEquals(Integer.toString(i - 1), cells[0]);
      double w = Double.parseDouble(cells[1]);
      assertTrue(w >= 0 && Double.isFinite(w));
      sum += w;
      // values are written as Double.toString writes them, which reads back exactly
      assertEquals(cells[2], Double.toString(Double.parseDouble(cells[2])));
      double clearance = Double.parseDouble(cells[3]);
      assertTrue(clearance >= 0.05 && clearance <= 0.4, "inside the prior's support");
    }
    assertEquals(1, sum, 1e-9);
    List<String> gens = Files.readAllLines(twoThreads.resolve("generations.csv"));
    assertEquals("generation,tolerance,proposals,draws,entered,acceptance_rate,ess,unmeasured",
        gens.get(0));
    assertEquals(4, gens.size());
  }

  @Test
  void oneAndTwoThreadsGiveByteIdenticalResults() throws IOException {
    for (String name : List.of("posterior.csv", "generations.csv", "parameters.csv",
        "predictive.csv", "report.md")) {
      assertArrayEquals(Files.readAllBytes(oneThread.resolve(name)),
          Files.readAllBytes(twoThreads.resolve(name)), name);
    }
  }

  @Test
  void anInterruptedCalibrationResumesToTheSameResult() throws IOException {
    Path copy = tmp.resolve("interrupted");
    copyTree(oneThread, copy);
    // as if killed during generation 2: its row and everything after it never written
    Path gens = copy.resolve("generations.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(gens));
    Files.write(gens, rows.subList(0, rows.size() - 1));
    for (String name : List.of("posterior.csv", "parameters.csv", "predictive.csv",
        "report.md", "COMPLETE")) {
      Files.delete(copy.resolve(name));
    }
    CliRunner r = CliRunner.run("calibrate", "--resume", copy.toString(), "--threads", "2");
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.err.contains("resuming after generation 1"), r.err);
    for (String name : List.of("posterior.csv", "generations.csv", "predictive.csv",
        "report.md")) {
      assertArrayEquals(Files.readAllBytes(oneThread.resolve(name)),
          Files.readAllBytes(copy.resolve(name)), name);
    }
    CliRunner again = CliRunner.run("calibrate", "--resume", copy.toString());
    assertEquals(2, again.exitCode);
    assertTrue(again.err.contains("finished already"), again.err);
  }

  @Test
  void badCalibrationFilesExitWithCode2NamingFileAndLine() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, TINY.replace("sampler:", "sampeler:"));
    CliRunner r = CliRunner.run("calibrate", "--posterior", bad.toString(), "--out",
        tmp.resolve("c").toString());
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("bad.yaml, line 12") && r.err.contains("unknown key sampeler"),
        r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace");
    assertEquals(1, r.err.strip().lines().count(), "one paragraph: " + r.err);

    Files.writeString(bad, TINY.replace("uniform: {min: 0.05, max: 0.4}",
        "uniform: {min: 0.05}"));
    r = CliRunner.run("calibrate", "--posterior", bad.toString(), "--out",
        tmp.resolve("c").toString());
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("line 8") && r.err.contains("missing key"), r.err);

    Files.writeString(bad, TINY.replace("clearance_property:", "clearance_propery:"));
    r = CliRunner.run("calibrate", "--posterior", bad.toString(), "--out",
        tmp.resolve("c").toString());
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("line 11") && r.err.contains("unknown target"), r.err);

    r = CliRunner.run("calibrate", "--posterior", tmp.resolve("missing.yaml").toString());
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("missing.yaml"), r.err);

    r = CliRunner.run("calibrate", "--posterior", file.toString(), "--seed", "5");
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("--seed does not apply"), r.err);
  }

  @Test
  void theBundledCalibrationFileReads() {
    org.releasesim.experiment.posterior.PosteriorSpec s =
        new org.releasesim.experiment.posterior.PosteriorFileReader()
            .read(Path.of("scenarios", "calibration", "posterior.yaml"));
    assertEquals(6, s.parameters().size());
    assertTrue(s.settings().maxRuns() + s.predictiveDraws() <= 1_100, "the default's budget");
  }

  @Test
  void runsThatCannotMeasureATargetAreCountedAndTheReportWarns() throws IOException {
    // a county of 1,000 over one year rarely has a prison releasee to re-arrest
    Path small = Files.writeString(tmp.resolve("small.yaml"), """
        name: small
        seed: 3
        county: {population: 1000, warmupYears: 1, cohortYears: 1, followUpYears: 1}
        parameters:
          reporting.reportRates.violent:
            beta: {alpha: 8, beta: 12}
        targets:
          reporting_violent: {range: [0.40, 0.51]}
          rearrest_1y: {se: 0.015}
        sampler: {particles: 6, batch: 8, generations: 2}
        predictiveDraws: 0
        """);
    CliRunner r = CliRunner.run("calibrate", "--posterior", small.toString(), "--out",
        tmp.resolve("small").toString());
    assertEquals(0, r.exitCode, r.err);
    Path dir = Files.list(tmp.resolve("small").resolve("calibration").resolve("small"))
        .findFirst().orElseThrow();
    List<String> gens = Files.readAllLines(dir.resolve("generations.csv"));
    int unmeasured = 0;
    for (String row : gens.subList(1, gens.size())) {
      int n = Integer.parseInt(row.substring(row.lastIndexOf(',') + 1));
      assertTrue(n <= 8, row);
      unmeasured += n;
    }
    assertTrue(unmeasured > 0, String.join("\n", gens));
    assertTrue(r.err.contains("runs gave no value for some target"), r.err);
    String report = Files.readString(dir.resolve("report.md"));
    assertTrue(report.contains("**Warning:** " + unmeasured + " runs gave no value"), report);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().startsWith(".release-sim")) {
          Files.copy(p, target);
        }
      }
    }
    assertTrue(Arrays.asList(to.toFile().list()).contains("generations"));
  }
}
