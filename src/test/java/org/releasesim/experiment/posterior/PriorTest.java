package org.releasesim.experiment.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The priors' moments against their closed forms. */
class PriorTest {
  @Test
  void uniformMomentsAreTheTextbookOnes() {
    Prior p = new Prior.Uniform(2, 8);
    assertEquals(5, p.mean(), 1e-12);
    assertEquals(6 / Math.sqrt(12), p.sd(), 1e-12);
    assertEquals(1 / 6.0, p.density(3), 1e-12);
    assertEquals(0, p.density(8.5));
  }

  @Test
  void scaledBetaMomentsAreTheUnitOnesStretched() {
    // Beta(2, 3): mean 0.4, variance 2*3 / (25 * 6) = 0.04; on [10, 20]: mean 14, sd 10*0.2
    Prior p = new Prior.Beta(2, 3, 10, 20);
    assertEquals(14, p.mean(), 1e-12);
    assertEquals(2, p.sd(), 1e-12);
  }

  @Test
  void lognormalWithWideBoundsHasTheUntruncatedMoments() {
    // exp(mu + sigma^2 / 2) and sqrt((exp(sigma^2) - 1) exp(2 mu + sigma^2)); bounds far out
    double mu = 0.5;
    double sigma = 0.2;
    Prior p = new Prior.LogNormal(mu, sigma, 0.01, 100);
    assertEquals(Math.exp(mu + sigma * sigma / 2), p.mean(), 1e-6);
    assertEquals(Math.sqrt((Math.exp(sigma * sigma) - 1) * Math.exp(2 * mu + sigma * sigma)),
        p.sd(), 1e-6);
  }

  @Test
  void lognormalTruncatedAtItsMedianHasHalfItsMassAbove() {
    Prior p = new Prior.LogNormal(0, 1, 1, 1e6);
    // the density doubles when half the mass is cut away
    assertEquals(2 * Math.exp(-0.5 * Math.log(2) * Math.log(2)) / (2 * Math.sqrt(2 * Math.PI)),
        p.density(2), 1e-9);
  }

  @Test
  void boundsMustBeOrdered() {
    assertThrows(IllegalArgumentException.class, () -> new Prior.Uniform(3, 1));
    assertThrows(IllegalArgumentException.class, () -> new Prior.Beta(0, 1, 0, 1));
  }
}
