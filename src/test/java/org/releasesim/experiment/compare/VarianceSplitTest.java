package org.releasesim.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The law-of-total-variance split, against hand arithmetic and an analytic toy model. */
class VarianceSplitTest {

  /**
   * Draws {1, 3}, {4, 8}, {6, 6}: within-draw variances 2, 8, 0 (divisor R - 1 = 1), so W =
   * 10/3; draw means 2, 6, 6 with mean 14/3 and variance (64/9 + 2 * 16/9) / 2 = 16/3 = B; the
   * parameters' variance B - W / R = 16/3 - 5/3 = 11/3, of a total 10/3 + 11/3 = 7.
   */
  @Test
  void aSmallExampleSplitsAsWorkedByHand() {
    VarianceSplit s = VarianceSplit.of(new double[][] {{1, 3}, {4, 8}, {6, 6}});
    assertEquals(10.0 / 3, s.within(), 1e-12);
    assertEquals(16.0 / 3, s.drawMeans(), 1e-12);
    assertEquals(11.0 / 3, s.parameters(), 1e-12);
    assertFalse(s.clamped());
    assertEquals(11.0 / 21, s.parameterShare(), 1e-12);
    assertEquals(10.0 / 21, s.noiseShare(), 1e-12);
    assertEquals(5.0 / 3 / (16.0 / 3), s.noiseInDrawMeans(), 1e-12, "W / R / B");
  }

  /**
   * The sums of squares behind W and B decompose the total exactly: over all six values (mean
   * 14/3) the squared deviations sum to 94/3 = D (R - 1) W + R (D - 1) B = 10 + 64/3.
   */
  @Test
  void withinAndBetweenSumsOfSquaresAddUpToTheTotal() {
    double[][] values = {{1, 3}, {4, 8}, {6, 6}};
    VarianceSplit s = VarianceSplit.of(values);
    double total = 0;
    for (double[] draw : values) {
      for (double v : draw) {
        total += (v - 14.0 / 3) * (v - 14.0 / 3);
      }
    }
    assertEquals(94.0 / 3, total, 1e-12, "worked by hand");
    assertEquals(total, 3 * (2 - 1) * s.within() + 2 * (3 - 1) * s.drawMeans(), 1e-12);
  }

  /**
   * Draw means 5 and 5 have no spread, while each draw's values 0 and 10 have variance 50: the
   * corrected between-draw variance 0 - 50/2 is negative, so it is set to 0 and flagged.
   */
  @Test
  void aNegativeParameterVarianceIsClampedAtZeroAndFlagged() {
    VarianceSplit s = VarianceSplit.of(new double[][] {{0, 10}, {10, 0}});
    assertEquals(0, s.parameters());
    assertTrue(s.clamped());
    assertEquals(0, s.parameterShare());
    assertEquals(1, s.noiseShare());
  }

  /**
   * Y = theta_d + eps with Var(theta) = 1 and Var(eps) = 4: the parameters' true share is 1/5.
   * With D = 4000 draws of R = 5 (normal), B has variance 2 (1 + 4/5)^2 / (D - 1), sd 0.040, and
   * W variance 2 * 16 / (D (R - 1)), sd 0.045 (W / R: 0.009); by the delta method the share
   * p = Bp / (Bp + W), with dp/dBp = W / 25 = 0.16 and dp/dW = -1/25 = -0.04, has sd
   * sqrt((0.16 * 0.041)^2 + (0.04 * 0.045)^2) = 0.0068. A tolerance of 0.03 is over 4 sd. The
   * uncorrected share B / (B + W) would be 1.8 / 5.8 = 0.31, far outside it.
   */
  @Test
  void theParameterShareOfAToyModelMatchesTheAnalyticSplit() {
    RandomGenerator random = new MersenneTwister(20260101);
    int draws = 4000;
    int replicates = 5;
    double[][] y = new double[draws][replicates];
    for (int d = 0; d < draws; d++) {
      double theta = random.nextGaussian();
      for (int r = 0; r < replicates; r++) {
        y[d][r] = theta + 2 * random.nextGaussian();
      }
    }
    VarianceSplit s = VarianceSplit.of(y);
    assertEquals(0.2, s.parameterShare(), 0.03);
    assertEquals(0.8, s.noiseShare(), 0.03);
    assertEquals(4, s.within(), 4 * 0.045);
    assertEquals(1, s.parameters(), 4 * 0.041);
    double naive = s.drawMeans() / (s.drawMeans() + s.within());
    assertTrue(Math.abs(naive - 0.2) > 0.05, "without the W / R correction: " + naive);
  }
}
