package org.releasesim.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credible intervals, threshold probabilities and their sentence, on data worked by hand. */
class PosteriorContrastTest {

  /** Four particles of equal weight, each drawn once, with one parameter valued 1 to 4. */
  private static PosteriorDraws fourDraws() {
    List<Posterior.Particle> particles = List.of(
        new Posterior.Particle(0, 0.25, List.of(1.0), 2),
        new Posterior.Particle(1, 0.25, List.of(2.0), 3),
        new Posterior.Particle(2, 0.25, List.of(3.0), 4),
        new Posterior.Particle(3, 0.25, List.of(4.0), 5));
    Posterior posterior = new Posterior(Path.of("posterior.csv"),
        List.of("population.propensityShape"), particles);
    return new PosteriorDraws(posterior, List.of(0, 1, 2, 3), 0.5);
  }

  /**
   * R type 7 puts the p quantile of n sorted values at position h = (n - 1) p + 1: for 1..5,
   * 2.5% is at 1.1 (value 1.1) and 97.5% at 4.9 (value 4.9).
   */
  @Test
  void theCredibleIntervalInterpolatesBetweenOrderStatistics() {
    double[] ci = PosteriorContrast.credibleInterval(new double[] {5, 3, 1, 4, 2});
    assertEquals(1.1, ci[0], 1e-12);
    assertEquals(4.9, ci[1], 1e-12);
  }

  /**
   * Reference means 100, 100, 200, 50 and mean effects 2, 0.5, 2, 0.5. Relative +1% asks for more
   * than 1, 1, 2 and 0.5: only the first draw exceeds it (the third and fourth equal it), so
   * P = 1/4. Absolute +1 is exceeded by the first and third: P = 1/2.
   */
  @Test
  void theProbabilityOfExceedingIsTheShareOfDrawsAboveTheThreshold() {
    double[][] reference = {{100, 100}, {100, 100}, {200, 200}, {50, 50}};
    double[][] alternative = {{101, 103}, {100, 101}, {203, 201}, {50, 51}};
    PosteriorEffect relative = PosteriorContrast.effect("NO_COOPERATION", "HONOR_DETAINERS",
        "crimes", "offences", reference, alternative, Threshold.parse("crimes=+1%"),
        fourDraws());
    assertEquals(0.25, relative.probability());
    assertEquals((2 + 0.5 + 2 + 0.5) / 4, relative.mean(), 1e-12);
    assertEquals("Under the posterior, the probability that NO_COOPERATION raises crimes by more"
        + " than 1% relative to HONOR_DETAINERS is 0.25 (4 draws \u00d7 2 replicates).",
        relative.sentence());
    PosteriorEffect absolute = PosteriorContrast.effect("NO_COOPERATION", "HONOR_DETAINERS",
        "crimes", "offences", reference, alternative, Threshold.parse("crimes=+1"),
        fourDraws());
    assertEquals(0.5, absolute.probability());
    // draw means 0.5, 0.5, 2, 2 sorted: 2.5% at h = 1.075, 97.5% at h = 3.925
    assertEquals(0.5, absolute.low(), 1e-12);
    assertEquals(2, absolute.high(), 1e-12);
    assertTrue(absolute.sentence().contains("by more than 1 offences compared with"),
        absolute.sentence());
  }

  /** Within-draw variances of the effects {1, 3}, {0, 1}, {3, 1}, {0, 1}: 2, 0.5, 2, 0.5. */
  @Test
  void eachDrawKeepsItsParticleMeanEffectAndWithinVariance() {
    double[][] reference = {{100, 100}, {100, 100}, {200, 200}, {50, 50}};
    double[][] alternative = {{101, 103}, {100, 101}, {203, 201}, {50, 51}};
    PosteriorEffect e = PosteriorContrast.effect("B", "A", "crimes", "offences", reference,
        alternative, null, fourDraws());
    assertEquals(List.of(2.0, 0.5, 2.0, 0.5),
        e.draws().stream().map(PosteriorEffect.DrawEffect::withinVariance).toList());
    assertEquals(List.of(0, 1, 2, 3),
        e.draws().stream().map(PosteriorEffect.DrawEffect::particle).toList());
    assertEquals(Double.NaN, e.probability());
    assertEquals(null, e.sentence());
    // effects 2, 0.5, 2, 0.5 against 1, 2, 3, 4: ranks 3.5, 1.5, 3.5, 1.5 against 1..4 give
    // rho = -0.4472 (Pearson on the ranks)
    assertEquals(-1 / Math.sqrt(5), e.influence().get(0).spearman(), 1e-12);
  }

  @Test
  void thresholdsParseAbsoluteAndRelativeAndRefuseTheRest() {
    assertEquals(new Threshold("crimes", 1, true), Threshold.parse("crimes=+1%"));
    assertEquals(new Threshold("crimes", -50, false), Threshold.parse("crimes=-50"));
    assertEquals(new Threshold("crimes/UNAUTHORIZED", 2.5, true),
        Threshold.parse("crimes/UNAUTHORIZED = 2.5 %"));
    assertEquals(new Threshold("crimes", 10, false), Threshold.parse("crimes=1e1"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("crimes=1d"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("crimes"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("crimes=lots"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("crimes=NaN"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("felonies=+1%"));
  }
}
