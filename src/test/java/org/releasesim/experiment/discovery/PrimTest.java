package org.releasesim.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PRIM recovers a box planted in an analytic function: 2,000 seeded uniform points in [0,1]^4,
 * the condition true exactly when x1 in [0.2, 0.6] and x2 in [0.5, 0.9] (mass 0.16, so about 320
 * points), false elsewhere.
 */
class PrimTest {
  private static final int N = 2000;

  /** The planted condition, with a share {@code noise} of labels flipped at random. */
  private static PrimData planted(long seed, double noise) {
    MersenneTwisterFast rng = new MersenneTwisterFast(seed);
    double[][] x = new double[4][N];
    boolean[] y = new boolean[N];
    for (int i = 0; i < N; i++) {
      for (int d = 0; d < 4; d++) {
        x[d][i] = rng.nextDouble();
      }
      boolean inside = x[0][i] >= 0.2 && x[0][i] <= 0.6 && x[1][i] >= 0.5 && x[1][i] <= 0.9;
      y[i] = rng.nextDouble() < noise ? !inside : inside;
    }
    List<Dimension> dims = new ArrayList<>();
    for (int d = 1; d <= 4; d++) {
      dims.add(Dimension.numeric("x" + d));
    }
    return new PrimData(dims, x, y);
  }

  @Test
  void findsThePlantedBoxWithCoverageAndDensityAboveNinetyPercent() {
    PrimData data = planted(20261130, 0);
    List<PrimBox> trajectory = new Prim(0.05, 0.05).peel(data);
    PrimBox box = trajectory.get(BoxChoice.byDensity(trajectory, 0.95));
    assertTrue(box.coverage() > 0.9, "coverage " + box.coverage());
    assertTrue(box.density() > 0.9, "density " + box.density());
    Limit.Interval x1 = (Limit.Interval) box.box().limits().get(0);
    Limit.Interval x2 = (Limit.Interval) box.box().limits().get(1);
    // a peel of 5% of some 350 rows moves a bound by about 0.01-0.03 near the planted edge
    assertEquals(0.2, x1.lower(), 0.05);
    assertEquals(0.6, x1.upper(), 0.05);
    assertEquals(0.5, x2.lower(), 0.05);
    assertEquals(0.9, x2.upper(), 0.05);
    assertEquals(List.of(0, 1), box.restricted(), "x3 and x4 are left alone");
  }

  @Test
  void withFivePercentOfLabelsFlippedTheBoxStillSitsOnThePlantedOne() {
    // Flipping 5% of labels caps what any box can do: the planted box holds 0.16 x 0.95 true
    // rows against 0.84 x 0.05 outside, so its coverage is 0.152 / 0.194 = 0.78 and its density
    // 0.95.
    PrimData data = planted(7, 0.05);
    List<PrimBox> trajectory = new Prim(0.05, 0.05).peel(data);
    PrimBox box = trajectory.get(BoxChoice.byDensity(trajectory, 0.85));
    assertTrue(box.coverage() > 0.7, "coverage " + box.coverage());
    assertTrue(box.density() > 0.85, "density " + box.density());
    for (int d : box.restricted()) {
      if (d >= 2) {
        assertTrue(Prim.quasiP(data, box.box(), d) > 0.05, "an irrelevant restriction on x"
            + (d + 1) + " is not significant");
      }
    }
    assertTrue(Prim.quasiP(data, box.box(), 0) < 1e-10, "x1 matters");
    assertTrue(Prim.quasiP(data, box.box(), 1) < 1e-10, "x2 matters");
  }

  @Test
  void coverageNeverRisesAndMassNeverFallsBelowTheMinimum() {
    PrimData data = planted(3, 0.05);
    List<PrimBox> trajectory = new Prim(0.05, 0.1).peel(data);
    assertEquals(1.0, trajectory.get(0).coverage());
    assertEquals(1.0, trajectory.get(0).mass());
    for (int i = 1; i < trajectory.size(); i++) {
      assertTrue(trajectory.get(i).coverage() <= trajectory.get(i - 1).coverage());
      assertTrue(trajectory.get(i).rows() < trajectory.get(i - 1).rows());
      assertTrue(trajectory.get(i).mass() >= 0.1, "mass " + trajectory.get(i).mass());
      assertEquals(i, trajectory.get(i).index());
    }
  }

  @Test
  void quasiPIsTheBinomialUpperTailGivenTheBoxWithoutThatRestriction() {
    // Ten rows on a line x = 0..9; five hits at x = 0, 1, 2, 5, 9. The box x in [0, 3] holds
    // 4 rows with 3 hits; without the restriction the density is 5/10 = 0.5, so the quasi-p is
    // P(X >= 3) for X ~ Binomial(4, 0.5) = (4 + 1) / 16.
    double[][] x = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}};
    boolean[] y = {true, true, true, false, false, true, false, false, false, true};
    PrimData data = new PrimData(List.of(Dimension.numeric("x")), x, y);
    Box box = new Box(List.of(new Limit.Interval(0, 3)));
    assertEquals(5.0 / 16, Prim.quasiP(data, box, 0), 1e-12);
    assertEquals(1.0, Prim.upperTail(7, 0.3, 0));
    assertEquals(Math.pow(0.3, 7), Prim.upperTail(7, 0.3, 7), 1e-15);
  }

  @Test
  void aCategoryIsPeeledWholeAndTheCentreTakesTheCategoryOfMostHits() {
    // policy B holds every hit; x is noise. Peeling should drop A and C, not slice x.
    MersenneTwisterFast rng = new MersenneTwisterFast(11);
    int n = 600;
    double[][] x = new double[2][n];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[0][i] = i % 3;
      x[1][i] = rng.nextDouble();
      y[i] = i % 3 == 1;
    }
    PrimData data = new PrimData(List.of(new Dimension("policy", List.of("A", "B", "C")),
        Dimension.numeric("x")), x, y);
    List<PrimBox> trajectory = new Prim(0.05, 0.05).peel(data);
    PrimBox last = trajectory.get(trajectory.size() - 1);
    assertEquals(1.0, last.density());
    assertEquals(1.0, last.coverage());
    assertEquals(new Limit.Categories(List.of(1)), last.box().limits().get(0));
    assertEquals(List.of(0), last.restricted());
    assertEquals("B", BoxCentre.values(data, last.box(), new boolean[2]).get(0));
  }

  @Test
  void pastingGrowsAnOverPeeledBoxBackWhileDensityRises() {
    // Hits for x <= 0.5 on a grid of 100; the box [0, 0.2] has density 1, so pasting cannot
    // raise it and leaves it; the box [0.3, 0.8] (density 21/51) grows down to 0 and keeps
    // its density rising: it must end with its lower bound at 0.
    double[][] x = new double[1][101];
    boolean[] y = new boolean[101];
    for (int i = 0; i <= 100; i++) {
      x[0][i] = i / 100.0;
      y[i] = i <= 50;
    }
    PrimData data = new PrimData(List.of(Dimension.numeric("x")), x, y);
    Box full = data.fullBox();
    Prim prim = new Prim(0.05, 0.05);
    PrimBox pure = Prim.measure(data, new Box(List.of(new Limit.Interval(0, 0.2))), full, 3);
    assertEquals(pure.box(), prim.paste(data, pure).box());
    PrimBox mixed = Prim.measure(data, new Box(List.of(new Limit.Interval(0.3, 0.8))), full, 4);
    PrimBox pasted = prim.paste(data, mixed);
    assertEquals(0.0, ((Limit.Interval) pasted.box().limits().get(0)).lower());
    assertTrue(pasted.density() > mixed.density());
    assertFalse(pasted.coverage() < mixed.coverage());
    assertEquals(4, pasted.index());
  }
}
