package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.PostReleasePeriod;
import org.releasesim.model.param.ScenarioParams;

/**
 * The next-offence time inverts a piecewise-constant cumulative hazard. Checked against the closed
 * form: P(T > t) = exp(-rate * integral of the post-release factor from 0 to t).
 */
class OffendingHazardTest {
  private static final int DRAWS = 200_000;
  private static final double RATE = 0.004;

  @Test
  void survivalAfterReleaseMatchesTheClosedForm() {
    ScenarioParams params = TestScenarios.county(50, ReleasePolicy.NO_COOPERATION, 1);
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.start();
    Offending offending = sim.offending();
    double[] checkpoints = {45, 90, 200, 365, 800, 1095, 2000};
    int[] survivors = new int[checkpoints.length];
    Random exposures = new Random(99);
    for (int i = 0; i < DRAWS; i++) {
      double e = -Math.log(1 - exposures.nextDouble());
      double t = offending.timeOfNext(e, RATE, 0, 0);
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
    ReleaseSim sim = new ReleaseSim(TestScenarios.county(50, ReleasePolicy.NO_COOPERATION, 1),
        null);
    sim.start();
    // exposure 1 at rate 0.01 per day is reached after exactly 100 days, from any start time
    assertEquals(130, sim.offending().timeOfNext(1, 0.01, Double.POSITIVE_INFINITY, 30), 1e-9);
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
