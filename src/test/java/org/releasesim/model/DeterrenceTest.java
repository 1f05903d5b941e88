package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.DeterrenceParams;
import org.releasesim.model.param.PolicyChange;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.param.TrustParams;

/**
 * Deterrence (ODD 7.10): arrest certainty = clearances / offences, each exponentially averaged
 * with weight exp(-1 / windowDays) a day; its level at the end of the warm-up is the baseline;
 * offending is multiplied by (certainty / baseline)^elasticity, capped at maxFactor, applied by
 * thinning offences proposed at maxFactor times the rate. Expected values are computed here.
 */
class DeterrenceTest {
  private static final double WINDOW = 30;
  private static final double WARMUP_DAYS = 4 * TimeParams.DAYS_PER_YEAR; // 1461, a whole day

  private static ScenarioParams scenario(DeterrenceParams d) {
    ScenarioParams s = Scenarios.with(QuietCounty.scenario(BundledPolicy.NO_COOPERATION, 2,
        ScenarioParams.DEFAULTS), "deterrence", d);
    return Scenarios.with(s, "time", new TimeParams(4, 1, 7));
  }

  private static Deterrence deterrence(DeterrenceParams d) {
    return new Deterrence(new ReleaseSim(scenario(d), null));
  }

  /** Feeds {@code days} days of equal counts, ending on {@code lastDay}. */
  private static void days(Deterrence d, double lastDay, int days, int offences, int cleared) {
    for (int i = days - 1; i >= 0; i--) {
      for (int k = 0; k < offences; k++) {
        d.recordOffence(0, k < cleared);
      }
      d.endOfDay(lastDay - i);
    }
  }

  /** Sum of keep^i for i in [0, n). */
  private static double weights(int n) {
    double keep = Math.exp(-1 / WINDOW);
    return (1 - Math.pow(keep, n)) / (1 - keep);
  }

  @Test
  void higherArrestCertaintyAfterTheWarmUpLowersOffendingByTheElasticityFormula() {
    Deterrence d = deterrence(new DeterrenceParams(true, -0.5, WINDOW, 2));
    days(d, WARMUP_DAYS, 200, 10, 2);
    assertEquals(1.0, d.factor(0), 0, "no change during the warm-up");
    days(d, WARMUP_DAYS + 20, 20, 10, 4);
    double keep = Math.exp(-1 / WINDOW);
    double old = Math.pow(keep, 20) * weights(200);
    double recent = weights(20);
    double certainty = (2 * old + 4 * recent) / (10 * old + 10 * recent);
    double expected = Math.pow(certainty / 0.2, -0.5);
    assertEquals(expected, d.factor(0), 1e-12);
    assertTrue(expected < 0.85, "the test case is a real rise: " + expected);
    // certainty settles at 0.4, twice the baseline: factor 2^-0.5
    days(d, WARMUP_DAYS + 2000, 1980, 10, 4);
    assertEquals(Math.pow(2, -0.5), d.factor(0), 1e-9);
  }

  @Test
  void lowerCertaintyRaisesOffendingUpToTheCap() {
    Deterrence d = deterrence(new DeterrenceParams(true, -1.0, WINDOW, 2));
    days(d, WARMUP_DAYS, 100, 10, 4);
    days(d, WARMUP_DAYS + 1000, 1000, 10, 3);
    assertEquals(4 / 3.0, d.factor(0), 1e-9);
    days(d, WARMUP_DAYS + 2000, 1000, 10, 1);
    assertEquals(2.0, d.factor(0), 0, "4x the offending is capped at maxFactor 2");
  }

  @Test
  void theBaselineIsTheCertaintyOnTheLastDayOfTheWarmUp() {
    Deterrence d = deterrence(new DeterrenceParams(true, -1.0, WINDOW, 2));
    days(d, WARMUP_DAYS - 1, 100, 10, 1);
    days(d, WARMUP_DAYS, 1, 10, 9);
    double keep = Math.exp(-1 / WINDOW);
    double baseline = (1 * keep * weights(100) + 9) / (10 * keep * weights(100) + 10);
    days(d, WARMUP_DAYS + 1, 1, 10, 5);
    double certainty = (baseline * 10 * (keep * weights(100) + 1) * keep + 5)
        / (10 * (keep * weights(100) + 1) * keep + 10);
    assertEquals(baseline / certainty, d.factor(0), 1e-12);
  }

  @Test
  void withoutABaselineOrWithoutClearancesTheFactorStaysPut() {
    Deterrence none = deterrence(new DeterrenceParams(true, -1.0, WINDOW, 2));
    days(none, WARMUP_DAYS, 10, 10, 0);
    days(none, WARMUP_DAYS + 10, 10, 10, 5);
    assertEquals(1.0, none.factor(0), 0, "no clearances in the warm-up: no baseline");
    Deterrence quiet = deterrence(new DeterrenceParams(true, -1.0, WINDOW, 2));
    days(quiet, WARMUP_DAYS, 10, 10, 5);
    days(quiet, WARMUP_DAYS + 500, 500, 0, 0);
    assertEquals(1.0, quiet.factor(0), 1e-12, "no offences since: certainty as at baseline");
  }

  @Test
  void switchedOffDeterrenceNeitherInflatesNorThins() {
    Deterrence d = deterrence(new DeterrenceParams(false, -2.0, WINDOW, 3));
    assertEquals(1.0, d.upperBound(), 0);
    days(d, WARMUP_DAYS, 10, 10, 5);
    days(d, WARMUP_DAYS + 10, 10, 10, 10);
    assertEquals(1.0, d.factor(0), 0);
    assertTrue(d.accept(0, 0));
    assertEquals(3.0, deterrence(new DeterrenceParams(true, -2.0, WINDOW, 3)).upperBound(), 0);
  }

  @Test
  void thinningAcceptsProposalsWithProbabilityFactorOverTheBound() {
    QuietCounty c = QuietCounty.started(scenario(new DeterrenceParams(true, -1.0, WINDOW, 2)));
    Deterrence d = new Deterrence(c.sim);
    days(d, WARMUP_DAYS, 100, 10, 2);
    days(d, WARMUP_DAYS + 3000, 3000, 10, 4);
    assertEquals(0.5, d.factor(0), 1e-9);
    int accepted = 0;
    int n = 0;
    for (int round = 0; round < 100; round++) {
      for (int p = 0; p < c.sim.population().size(); p++, n++) {
        accepted += d.accept(p, 0) ? 1 : 0;
      }
    }
    double expected = 0.5 / 2;
    assertEquals(expected, accepted / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
  }

  /** With elasticity 0 the factor is 1 whatever happens: thinning must leave offending as is. */
  @Test
  void thinningAtTheUpperBoundLeavesOffendingUnchangedWhenTheFactorIsOne() {
    ScenarioParams base = TestScenarios.county(20_000, BundledPolicy.NO_COOPERATION, 81);
    double off = crimes(Scenarios.with(base, "deterrence",
        new DeterrenceParams(false, 0, 90, 2)));
    double neutral = crimes(Scenarios.with(base, "deterrence",
        new DeterrenceParams(true, 0, 90, 2)));
    assertTrue(off > 3000, "crimes " + off);
    assertEquals(1.0, neutral / off, 0.05);
  }

  /**
   * The jail stops honouring detainers when the warm-up ends; with everyone's trust chilled by
   * cooperation, reporting and so clearance rise after the change, and deterrence must then
   * lower crime against a run where the factor is held at 1.
   */
  @Test
  void risingArrestCertaintyLowersCrimeWhenDeterrenceIsOn() {
    ScenarioParams base = Scenarios.county(
        TestScenarios.county(20_000, BundledPolicy.HONOR_DETAINERS, 82), "policyChanges",
        List.of(new PolicyChange(0, BundledPolicy.NO_COOPERATION.name())));
    base = Scenarios.with(base, "trust",
        new TrustParams(true, 0.9, 0.9, 0.9, 0.75, 0.4, 30, false, 0, 0));
    double held = crimes(Scenarios.with(base, "deterrence", new DeterrenceParams(true, 0, 30, 2)));
    double deterred = crimes(Scenarios.with(base, "deterrence",
        new DeterrenceParams(true, -1.0, 30, 2)));
    assertTrue(deterred < 0.9 * held, "crimes " + deterred + " with deterrence vs " + held);
  }

  private static double crimes(ScenarioParams params) {
    return ModelRunTest.total(ModelRunTest.summary(TestScenarios.run(params)), "crimes");
  }
}
