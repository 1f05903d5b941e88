package org.releasesim.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void tIntervalMatchesAHandComputedExample() {
    // mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32, so s^2 = 32/7 and s = 2.13809;
    // t(0.975, 7) = 2.364624 (tables); half-width = 2.364624 * 2.13809 / sqrt(8) = 1.78749
    Estimate e = Estimate.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
    assertEquals(8, e.n());
    assertEquals(5.0, e.mean(), 1e-12);
    assertEquals(Math.sqrt(32.0 / 7), e.sd(), 1e-12);
    assertEquals(1.78749, e.halfWidth(), 1e-5);
    assertEquals(5 - 1.78749, e.low(), 1e-5);
    assertEquals(5 + 1.78749, e.high(), 1e-5);
  }

  @Test
  void nanValuesAreLeftOutAndOneValueHasNoInterval() {
    Estimate e = Estimate.of(new double[] {Double.NaN, 3, Double.NaN});
    assertEquals(1, e.n());
    assertEquals(3, e.mean());
    assertTrue(Double.isNaN(e.halfWidth()));
    assertTrue(Double.isNaN(Estimate.of(new double[0]).mean()));
  }

  @Test
  void replicatesNeededScaleWithTheSquaredRatio() {
    Estimate e = new Estimate(10, 0, 1, 4);
    assertEquals(40, e.replicatesFor(2));
    assertEquals(10, e.replicatesFor(5));
  }

  @Test
  void pairingOnPositivelyCorrelatedValuesReducesVariance() {
    double[] a = {10, 20, 30, 40, 50};
    double[] b = {11, 22, 30, 41, 53};
    PairedDifference d = PairedDifference.of(a, b);
    // differences 1, 2, 0, 1, 3: mean 1.4, variance 1.3; var(a) = var(b) ~ 250
    assertEquals(1.4, d.difference().mean(), 1e-12);
    assertEquals(1.3, d.difference().sd() * d.difference().sd(), 1e-12);
    double expected = (250 + 266.3) / 1.3;
    assertEquals(expected, d.varianceRatio(), 1e-9);
    assertEquals(1.4 / 30, d.relative(), 1e-12);
  }
}
