package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.PostReleasePeriod;
import org.releasesim.model.param.ScenarioParams;

/**
 * The next-event time inverts a piecewise-constant cumulative hazard. Checked against the closed
 * form: P(T > t) = exp(-(rate * integral of post-release factor x age factor + flat * t)).
 */
class OffendingHazardTest {
  private static final int DRAWS = 200_000;
  private static final double RATE = 0.004;
  /** An age whose factor is the reference 1.0 for the whole test window (25-39 band). */
  private static final double ADULT_AGE = 30;

  @Test
  void survivalAfterReleaseMatchesTheClosedForm() {
    ScenarioParams params = TestScenarios.county(50, BundledPolicy.NO_COOPERATION, 1);
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.start();
    Offending offending = sim.offending();
    double[] checkpoints = {45, 90, 200, 365, 800, 1095, 2000};
    int[] survivors = new int[checkpoints.length];
    Random exposures = new Random(99);
    for (int i = 0; i < DRAWS; i++) {
      double e = -Math.log(1 - exposures.nextDouble());
      double t = offending.timeOfNext(e, RATE, 0, 0, ADULT_AGE, 0);
      for (int k = 0; k < checkpoints.length; k++) {
        survivors[k] += t > checkpoints[k] ? 1 : 0;
      }
    }
    for (int k = 0; k < checkpoints.length; k++) {
      double expected = Math.exp(-RATE * cumulativeFactor(params, checkpoints[k]));
      double se = Math.sqrt(expected * (1 - expected) / DRAWS);
      assertEquals(expected, survivors[k] / (double) DRAWS, 5 * se,
          "survival to day " + checkpoints[k]);
    }
  }

  @Test
  void neverReleasedPersonsHaveAConstantHazard() {
    ReleaseSim sim = new ReleaseSim(TestScenarios.county(50, BundledPolicy.NO_COOPERATION, 1),
        null);
    sim.start();
    // exposure 1 at rate 0.01 per day is reached after exactly 100 days, from any start time
    assertEquals(130, sim.offending().timeOfNext(1, 0.01, 0, Double.POSITIVE_INFINITY,
        ADULT_AGE, 30), 1e-9);
  }

  @Test
  void theAgeFactorChangesTheHazardOnTheBirthdayItChanges() {
    ReleaseSim sim = new ReleaseSim(TestScenarios.county(50, BundledPolicy.NO_COOPERATION, 1),
        null);
    sim.start();
    org.releasesim.model.param.AgeFactors f = sim.params().offending().ageFactors();
    double rate = 0.01;
    double untilForty = TimeParamsDays.of(1); // one year before the 40th birthday
    // one year at factor adult (1.0), then the 40-44 factor: exposure 1 at rate 0.01 takes
    // 100 days at factor 1; exposure 3.65 + x takes the year plus x / (0.01 * older)
    double yearExposure = rate * untilForty;
    double extra = 0.5;
    double t = sim.offending().timeOfNext(yearExposure + extra, rate, 0,
        Double.POSITIVE_INFINITY, 39, 0);
    assertEquals(untilForty + extra / (rate * f.older()), t, 1e-6);
    // a child's hazard is zero until 15: the first offence comes after the 15th birthday
    double child = sim.offending().timeOfNext(0.1, rate, 0, Double.POSITIVE_INFINITY, 14, 0);
    assertEquals(TimeParamsDays.of(1) + 0.1 / (rate * f.young()), child, 1e-6);
  }

  @Test
  void aFlatHazardAddsToTheOffendingHazard() {
    ReleaseSim sim = new ReleaseSim(TestScenarios.county(50, BundledPolicy.NO_COOPERATION, 1),
        null);
    sim.start();
    // at factor 1, rate 0.003 plus flat 0.002 per day: exposure 1 is reached after 200 days
    assertEquals(200, sim.offending().timeOfNext(1, 0.003, 0.002, Double.POSITIVE_INFINITY,
        ADULT_AGE, 0), 1e-9);
    // a child (factor 0) still has the flat hazard
    assertEquals(500, sim.offending().timeOfNext(1, 0.003, 0.002, Double.POSITIVE_INFINITY, 2,
        0), 1e-9);
  }

  /** Years to days, as the model counts them. */
  private static final class TimeParamsDays {
    static double of(double years) {
      return years * org.releasesim.model.param.TimeParams.DAYS_PER_YEAR;
    }
  }

  private static double cumulativeFactor(ScenarioParams params, double t) {
    double sum = 0;
    double from = 0;
    for (PostReleasePeriod p : params.offending().postRelease().periods()) {
      double to = Math.min(t, p.untilDay());
      if (to > from) {
        sum += p.factor() * (to - from);
      }
      from = Math.max(from, p.untilDay());
    }
    return sum + Math.max(0, t - from);
  }
}
