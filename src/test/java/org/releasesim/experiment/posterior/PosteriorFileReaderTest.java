package org.releasesim.experiment.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.sweep.SweepException;

/** Calibration files: what they hold, and the one-paragraph refusals with file and line. */
class PosteriorFileReaderTest {
  @TempDir
  Path tmp;

  static final String GOOD = """
      name: tiny
      seed: 7
      county: {population: 5000, warmupYears: 1, cohortYears: 1, followUpYears: 1}
      parameters:
        population.propensityShape:
          lognormal: {mu: -2.2, sigma: 0.3, min: 0.04, max: 0.3}
        offending.postRelease.periods[0].factor:
          uniform: {min: 2, max: 5}
        reporting.reportRates.violent:
          beta: {alpha: 42, beta: 58}
      targets:
        rearrest_1y: {se: 0.015}
        reporting_violent: {range: [0.40, 0.51]}
      sampler: {particles: 6, batch: 10, generations: 2}
      predictiveDraws: 3
      """;

  PosteriorSpec read(String text) throws IOException {
    Path file = tmp.resolve("c.yaml");
    Files.writeString(file, text);
    return new PosteriorFileReader().read(file);
  }

  String refusal(String text) {
    return assertThrows(SweepException.class, () -> read(text)).getMessage();
  }

  @Test
  void readsPriorsTargetsAndSettings() throws IOException {
    PosteriorSpec s = read(GOOD);
    assertEquals(List.of("population.propensityShape",
        "offending.postRelease.periods[0].factor", "reporting.reportRates.violent"), s.keys());
    assertEquals(0.42, s.parameters().get(2).prior().mean(), 1e-12);
    // a range [0.40, 0.51] is read as the value +- 2 standard errors: se = 0.11 / 4
    assertEquals(0.0275, s.targets().get(1).se(), 1e-12);
    assertEquals(0.43, s.targets().get(0).published(), 1e-12);
    assertEquals(10, s.settings().batch());
    assertEquals(5000, s.population());
  }

  /** A target's own value replaces the published figure; its uncertainty is read as before. */
  @Test
  void aTargetsOwnValueReplacesThePublishedFigure() throws IOException {
    PosteriorSpec s = read(GOOD.replace("rearrest_1y: {se: 0.015}",
        "rearrest_1y: {se: 0.015, value: 0.5}"));
    assertEquals(0.5, s.targets().get(0).published(), 1e-12);
    assertEquals(0.015, s.targets().get(0).se(), 1e-12);
    String message = refusal(GOOD.replace("rearrest_1y: {se: 0.015}",
        "rearrest_1y: {se: 0.015, value: 43}"));
    assertTrue(message.contains("targets.rearrest_1y.value must be a share from 0 to 1, not 43"),
        message);
    assertTrue(message.contains("line 12"), message);
  }

  @Test
  void anUnknownTopLevelKeyIsNamedWithItsLine() {
    String m = refusal(GOOD + "particels: 5\n");
    assertTrue(m.contains("c.yaml, line 16") && m.contains("unknown key particels")
        && m.contains("allowed here"), m);
  }

  @Test
  void anUnknownParameterKeyIsNamedWithItsLine() {
    String m = refusal(GOOD.replace("population.propensityShape", "population.propensityShap"));
    assertTrue(m.contains("line 5") && m.contains("unknown key population.propensityShap"),
        m);
  }

  @Test
  void aBadPriorSaysWhatIsAllowed() {
    String m = refusal(GOOD.replace("uniform: {min: 2, max: 5}", "uniform: {min: 5, max: 2}"));
    assertTrue(m.contains("line 8") && m.contains("min below max"), m);
    m = refusal(GOOD.replace("beta: {alpha: 42, beta: 58}", "gamma: {shape: 2}"));
    assertTrue(m.contains("line 10") && m.contains("uniform, beta, lognormal"), m);
  }

  @Test
  void aPriorReachingOutsideTheKeysRangeIsRefused() {
    String m = refusal(GOOD.replace("beta: {alpha: 42, beta: 58}",
        "uniform: {min: 0.2, max: 1.5}"));
    assertTrue(m.contains("line 10") && m.contains("reaches outside"), m);
  }

  @Test
  void anUnknownTargetListsTheKnownOnes() {
    String m = refusal(GOOD.replace("rearrest_1y:", "rearrest_2y:"));
    assertTrue(m.contains("line 12") && m.contains("unknown target rearrest_2y")
        && m.contains("rearrest_3y"), m);
  }

  @Test
  void aTargetNeedingLongerFollowUpIsRefused() {
    String m = refusal(GOOD.replace("rearrest_1y:", "rearrest_5y:"));
    assertTrue(m.contains("line 12") && m.contains("followUpYears"), m);
  }

  @Test
  void countyKeysCannotBeFitted() {
    String m = refusal(GOOD.replace("population.propensityShape", "time.warmupYears"));
    assertTrue(m.contains("line 5") && m.contains("county"), m);
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = tmp.resolve("nope.yaml");
    String m = assertThrows(SweepException.class,
        () -> new PosteriorFileReader().read(missing)).getMessage();
    assertTrue(m.startsWith(missing.toString()), m);
  }
}
