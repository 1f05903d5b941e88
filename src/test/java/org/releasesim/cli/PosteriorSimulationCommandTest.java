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
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.posterior.ObservedTarget;
import org.releasesim.experiment.posterior.PosteriorFileReader;
import org.releasesim.experiment.posterior.PosteriorSpec;

/**
 * {@code calibrate --posterior FILE --simulate-at ... --out COPY} through the real command line,
 * on a county of 5,000 with a one-year warm-up: the copy is the calibration file with every
 * target's {@code value:} a run's figure at the values given and its standard error unchanged;
 * the values given really drive the figures; the same seed gives the same copy; {@code prior}
 * draws the parameters not given; the copy calibrates; and every mistake exits with code 2 and
 * one paragraph naming the option and what is allowed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosteriorSimulationCommandTest {
  static final String FILE = """
      # a comment above everything, kept
      name: small
      seed: 11
      county: {population: 5000, warmupYears: 1, cohortYears: 1, followUpYears: 1}
      parameters:
        reporting.reportRates.violent:
          uniform: {min: 0.2, max: 0.8}
        policing.clearanceRates.property:
          uniform: {min: 0.05, max: 0.4}
      targets:
        # the published range, kept as written
        reporting_violent: {range: [0.40, 0.51]}
        clearance_property:
          se: 0.04
      # a comment before the sampler, kept
      sampler: {particles: 6, batch: 8, generations: 2}
      predictiveDraws: 0
      """;
  static final String VIOLENT = "reporting.reportRates.violent";
  static final String CLEARANCE = "policing.clearanceRates.property";

  Path tmp;
  Path file;
  Path low;
  CliRunner lowRun;

  @BeforeAll
  void simulateAtLowReporting(@TempDir Path dir) throws IOException {
    tmp = dir;
    file = tmp.resolve("small.yaml");
    Files.writeString(file, FILE);
    low = tmp.resolve("low.yaml");
    lowRun = simulate(low, "--simulate-at", VIOLENT + "=0.25", "--simulate-at",
        CLEARANCE + "=0.1", "--seed", "5");
  }

  CliRunner simulate(Path copy, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("calibrate", "--posterior",
        file.toString(), "--out", copy.toString()));
    args.addAll(List.of(options));
    return CliRunner.run(args.toArray(String[]::new));
  }

  /** The true values the copy's header records, in the file's order. */
  static Map<String, Double> truth(Path copy) throws IOException {
    Map<String, Double> truth = new java.util.LinkedHashMap<>();
    for (String line : Files.readAllLines(copy)) {
      if (line.startsWith("# simulate-at: truth ")) {
        String[] kv = line.substring("# simulate-at: truth ".length()).split(" ")[0]
            .split("=");
        truth.put(kv[0], Double.parseDouble(kv[1]));
      }
    }
    return truth;
  }

  @Test
  void theCopyIsTheFileWithTheRunsFiguresAsValuesAndTheSameStandardErrors()
      throws IOException {
    assertEquals(0, lowRun.exitCode, lowRun.err);
    PosteriorSpec original = new PosteriorFileReader().read(file);
    PosteriorSpec copy = new PosteriorFileReader().read(low);
    assertEquals(original.parameters(), copy.parameters());
    assertEquals(original.settings(), copy.settings());
    assertEquals(original.population(), copy.population());
    // the range [0.40, 0.51] is read as +-2 SE: 0.11 / 4
    assertEquals(0.0275, copy.targets().get(0).se(), 1e-12);
    assertEquals(0.04, copy.targets().get(1).se(), 1e-12);
    String text = Files.readString(low);
    assertTrue(text.contains("range: [0.40, 0.51]"), text);
    assertTrue(text.contains("the range gives only the standard error, 0.0275"), text);
    assertTrue(text.startsWith("# simulate-at: "), text);
    for (String kept : List.of("# a comment above everything, kept",
        "# a comment before the sampler, kept", "predictiveDraws: 0")) {
      assertTrue(text.contains(kept), kept + " in\n" + text);
    }
    assertEquals(Map.of(VIOLENT, 0.25, CLEARANCE, 0.1), truth(low));
    assertTrue(text.contains("run seed 5"), text);
    // the printed table holds the same figures the copy does
    for (ObservedTarget t : copy.targets()) {
      assertTrue(lowRun.out.contains(t.id()), lowRun.out);
    }
    assertTrue(lowRun.out.contains("wrote " + low), lowRun.out);
  }

  @Test
  void theValuesGivenDriveTheFigures() throws IOException {
    Path high = tmp.resolve("high.yaml");
    CliRunner r = simulate(high, "--simulate-at", VIOLENT + "=0.75", "--simulate-at",
        CLEARANCE + "=0.35", "--seed", "5");
    assertEquals(0, r.exitCode, r.err);
    List<ObservedTarget> a = new PosteriorFileReader().read(low).targets();
    List<ObservedTarget> b = new PosteriorFileReader().read(high).targets();
    // violent reporting is the input rate less about a point (non-citizen victims report less);
    // a county of 5,000 over two years has about 270 violent victimisations, so one run's
    // share has an SD near sqrt(0.25 * 0.75 / 270) = 0.026 at 0.25, 0.03 with the spread
    // between runs measured at 0.5: 4 SDs is 0.12
    assertEquals(0.25, a.get(0).published(), 0.12);
    assertEquals(0.75, b.get(0).published(), 0.12);
    // property clearance has fewer cases (reported property crimes, about 170): SD up to 0.037
    assertEquals(0.1, a.get(1).published(), 0.15);
    assertEquals(0.35, b.get(1).published(), 0.15);
    assertTrue(b.get(0).published() - a.get(0).published() > 0.35, a + " " + b);
    assertTrue(b.get(1).published() - a.get(1).published() > 0.15, a + " " + b);
  }

  @Test
  void theSameSeedGivesTheSameCopyAndAnotherSeedOtherFigures() throws IOException {
    Path again = tmp.resolve("again.yaml");
    Path other = tmp.resolve("other.yaml");
    assertEquals(0, simulate(again, "--simulate-at", VIOLENT + "=0.25", "--simulate-at",
        CLEARANCE + "=0.1", "--seed", "5").exitCode);
    assertEquals(0, simulate(other, "--simulate-at", VIOLENT + "=0.25", "--simulate-at",
        CLEARANCE + "=0.1", "--seed", "6").exitCode);
    // the header names the --out file, which differs; the targets must not
    assertEquals(Files.readString(low).replace(low.toString(), "X"),
        Files.readString(again).replace(again.toString(), "X"));
    assertNotEquals(new PosteriorFileReader().read(low).targets(),
        new PosteriorFileReader().read(other).targets());
  }

  @Test
  void priorDrawsTheParametersNotGivenAndTheDrawsDoNotDependOnWhichAreGiven()
      throws IOException {
    Path all = tmp.resolve("all.yaml");
    Path one = tmp.resolve("one.yaml");
    assertEquals(0, simulate(all, "--simulate-at", "prior", "--seed", "9").exitCode);
    CliRunner r = simulate(one, "--simulate-at", "prior", "--simulate-at", VIOLENT + "=0.5",
        "--seed", "9");
    assertEquals(0, r.exitCode, r.err);
    Map<String, Double> drawn = truth(all);
    assertTrue(drawn.get(VIOLENT) >= 0.2 && drawn.get(VIOLENT) <= 0.8, drawn.toString());
    assertTrue(drawn.get(CLEARANCE) >= 0.05 && drawn.get(CLEARANCE) <= 0.4, drawn.toString());
    assertEquals(0.5, truth(one).get(VIOLENT));
    assertEquals(drawn.get(CLEARANCE), truth(one).get(CLEARANCE));
    assertTrue(Files.readString(one).contains(VIOLENT + "=0.5 (given)"));
    assertTrue(Files.readString(one).contains("(drawn from the prior)"));
  }

  @Test
  void theCopyCalibratesAndACopyOfACopyHasOneHeader() throws IOException {
    CliRunner fit = CliRunner.run("calibrate", "--posterior", low.toString(), "--out",
        tmp.resolve("fit").toString(), "--quiet");
    assertEquals(0, fit.exitCode, fit.err);
    Path copy2 = tmp.resolve("copy2.yaml");
    CliRunner r = CliRunner.run("calibrate", "--posterior", low.toString(), "--out",
        copy2.toString(), "--simulate-at", "prior", "--seed", "3");
    assertEquals(0, r.exitCode, r.err);
    String text = Files.readString(copy2);
    assertEquals(1, text.lines().filter(l -> l.contains("# simulate-at: run seed")).count(),
        text);
    assertEquals(2, truth(copy2).size());
    assertFalse(text.contains("run seed 5"), text);
  }

  @Test
  void mistakesExitWithCode2AndOneParagraph() throws IOException {
    Path copy = tmp.resolve("never.yaml");
    String outside = refused(simulate(copy, "--simulate-at", VIOLENT + "=0.9", "--simulate-at",
        CLEARANCE + "=0.1"));
    assertTrue(outside.contains("[0.2, 0.8]") && outside.contains(VIOLENT + "=0.9"), outside);
    String unknown = refused(simulate(copy, "--simulate-at", "reporting.reportRates.property=0.3",
        "--simulate-at", "prior"));
    assertTrue(unknown.contains("does not fit reporting.reportRates.property")
        && unknown.contains(VIOLENT + ", " + CLEARANCE), unknown);
    String missing = refused(simulate(copy, "--simulate-at", VIOLENT + "=0.3"));
    assertTrue(missing.contains("no value for " + CLEARANCE) && missing.contains("prior"),
        missing);
    String shape = refused(simulate(copy, "--simulate-at", VIOLENT));
    assertTrue(shape.contains("expected KEY=VALUE"), shape);
    String twice = refused(simulate(copy, "--simulate-at", VIOLENT + "=0.3", "--simulate-at",
        VIOLENT + "=0.4", "--simulate-at", "prior"));
    assertTrue(twice.contains("twice"), twice);
    String number = refused(simulate(copy, "--simulate-at", VIOLENT + "=high", "--simulate-at",
        "prior"));
    assertTrue(number.contains("must be a number"), number);
    String seed = refused(simulate(copy, "--simulate-at", "prior", "--seed", "-1"));
    assertTrue(seed.contains("--seed -1"), seed);
    String self = refused(CliRunner.run("calibrate", "--posterior", file.toString(), "--out",
        file.toString(), "--simulate-at", "prior"));
    assertTrue(self.contains("the calibration file --posterior reads"), self);
    String noOut = refused(CliRunner.run("calibrate", "--posterior", file.toString(),
        "--simulate-at", "prior"));
    assertTrue(noOut.contains("needs --out FILE"), noOut);
    String noFile = refused(CliRunner.run("calibrate", "--simulate-at", "prior", "--out",
        copy.toString()));
    assertTrue(noFile.contains("needs --posterior FILE"), noFile);
    String resume = refused(simulate(copy, "--simulate-at", "prior", "--resume",
        tmp.toString()));
    assertTrue(resume.contains("--resume does not apply"), resume);
    assertFalse(Files.exists(copy), "nothing written after a refusal");
    assertArrayEquals(FILE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Files.readAllBytes(file), "the calibration file is never touched");
  }

  /** The message of a refusal: exit code 2, one line naming an option, no stack trace. */
  static String refused(CliRunner r) {
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.startsWith("error: --"), r.err);
    assertEquals(1, r.err.strip().lines().count(), "one paragraph: " + r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
    return r.err;
  }

  @Test
  void theBundledRecoveryStudyFileReads() {
    PosteriorSpec s = new PosteriorFileReader().read(Path.of("scenarios", "calibration",
        "recovery-study.yaml"));
    assertEquals(4, s.parameters().size());
    assertEquals(6, s.targets().size());
    assertEquals(0, s.predictiveDraws(), "the study needs no predictive check");
  }

  @Test
  void aTargetTheCountyCannotMeasureIsRefusedWithTheCure() throws IOException {
    Path tiny = tmp.resolve("tiny.yaml");
    Files.writeString(tiny, """
        name: tiny
        seed: 3
        county: {population: 1000, warmupYears: 0.25, cohortYears: 0.25, followUpYears: 1}
        parameters:
          reporting.reportRates.violent: {uniform: {min: 0.2, max: 0.8}}
        targets:
          rearrest_1y: {se: 0.03}
        """);
    CliRunner r = CliRunner.run("calibrate", "--posterior", tiny.toString(), "--out",
        tmp.resolve("tiny-copy.yaml").toString(), "--simulate-at", "prior", "--seed", "1");
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("measured no rearrest_1y") && r.err.contains(
        "raise county.population"), r.err);
  }
}
