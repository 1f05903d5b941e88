package org.releasesim.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Systematic resampling puts n draws at (i + u) / n on the cumulative weights, so particle j is
 * drawn floor(n w_j) or ceil(n w_j) times for any u, and n w_j times on average over u.
 */
class SystematicResamplingTest {
  private static final double[] WEIGHTS = {0.5, 0.3, 0.2};

  private static int[] counts(int[] drawn, int particles) {
    int[] counts = new int[particles];
    for (int j : drawn) {
      counts[j]++;
    }
    return counts;
  }

  @Test
  void eachParticleIsDrawnTheFloorOrCeilingOfItsExpectedCount() {
    int n = 7; // expected counts 3.5, 2.1, 1.4
    for (int k = 0; k < 1000; k++) {
      double u = (k + 0.5) / 1000;
      int[] counts = counts(SystematicResampling.draw(WEIGHTS, n, u), 3);
      assertEquals(n, counts[0] + counts[1] + counts[2]);
      for (int j = 0; j < 3; j++) {
        double expected = n * WEIGHTS[j];
        assertTrue(counts[j] == Math.floor(expected) || counts[j] == Math.ceil(expected),
            "u " + u + ", particle " + j + ": " + counts[j]);
      }
    }
  }

  /**
   * Over u uniform on [0, 1), the mean count is exactly n w_j; a midpoint grid of M = 10,000
   * offsets can miss each step of the count, a function of u with at most n steps, by 1/M.
   */
  @Test
  void overTheOffsetTheMeanCountIsNTimesTheWeight() {
    int n = 7;
    int grid = 10_000;
    double[] sums = new double[3];
    for (int k = 0; k < grid; k++) {
      int[] counts = counts(SystematicResampling.draw(WEIGHTS, n, (k + 0.5) / grid), 3);
      for (int j = 0; j < 3; j++) {
        sums[j] += counts[j];
      }
    }
    for (int j = 0; j < 3; j++) {
      assertEquals(n * WEIGHTS[j], sums[j] / grid, (double) n / grid, "particle " + j);
    }
  }

  @Test
  void aParticleOfWeightZeroIsNeverDrawnAndAShortSumFallsToTheLastWeightedOne() {
    // the weights sum to 1 - 1e-12: the last position (n - 1 + u) / n may lie past their sum
    int[] drawn = SystematicResampling.draw(new double[] {0, 0.5, 0.5 - 1e-12, 0}, 4,
        0.9999999999999);
    assertArrayEquals(new int[] {1, 1, 2, 2}, drawn);
  }
}
