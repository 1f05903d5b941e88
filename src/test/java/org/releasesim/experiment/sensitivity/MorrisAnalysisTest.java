package org.releasesim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.design.MorrisDesign;
import org.releasesim.experiment.design.MorrisTrajectory;
import org.releasesim.experiment.stats.PercentileBootstrap;

class MorrisAnalysisTest {
  /**
   * A function with a known ranking: x1 strong and linear, x2 non-linear, x3 weak, x4 inert, and
   * x5 only through its interaction with x1.
   */
  private static double f(double[] x) {
    return 10 * x[0] + 6 * x[1] * x[1] + x[2] + 0 * x[3] + 4 * x[0] * x[4];
  }

  @Test
  void ranksFactorsOfAFunctionWithKnownEffects() {
    List<Factor> factors = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      factors.add(SobolAnalysisTest.factor("x" + i));
    }
    MorrisDesign design = MorrisDesign.of(factors, 40, 4, new MersenneTwisterFast(11));
    List<double[]> unit = new ArrayList<>();
    design.trajectories().forEach(t -> unit.addAll(t.unitPoints()));
    double[] y = unit.stream().mapToDouble(MorrisAnalysisTest::f).toArray();
    List<MorrisIndex> m = MorrisAnalysis.analyze(design, y,
        new PercentileBootstrap(200, new MersenneTwisterFast(3)));
    // exact: EE(x1) = 10 + 4 x5, so mu*(x1) lies in [10, 14]; EE(x3) = 1; EE(x4) = 0
    assertTrue(m.get(0).muStar() >= 10 && m.get(0).muStar() <= 14, "x1 " + m.get(0));
    assertEquals(1, m.get(2).muStar(), 1e-9);
    assertEquals(0, m.get(2).sigma(), 1e-9);
    assertEquals(0, m.get(3).muStar(), 1e-12);
    // x2: EE = 6 (2x + Delta) with Delta = 2/3 and x in {0, 1/3}: 4 or 8, so mu* = mu in [4, 8]
    assertTrue(m.get(1).muStar() >= 4 && m.get(1).muStar() <= 8 && m.get(1).sigma() > 0);
    // ranking by mu*: x1 > x2 > x5 > x3 > x4 (EE(x5) = 4 x1, x1 in {0, 1/3, 2/3, 1})
    assertTrue(m.get(0).muStar() > m.get(1).muStar());
    assertTrue(m.get(1).muStar() > m.get(4).muStar());
    assertTrue(m.get(4).muStar() > m.get(2).muStar());
    assertTrue(m.get(0).muStarLow() <= m.get(0).muStar() && m.get(0).muStar()
        <= m.get(0).muStarHigh());
  }

  @Test
  void trajectoriesMoveOneFactorAtATimeByDelta() {
    List<Factor> factors = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      factors.add(SobolAnalysisTest.factor("x" + i));
    }
    MorrisDesign design = MorrisDesign.of(factors, 5, 6, new MersenneTwisterFast(5));
    assertEquals(5 * 7, design.points().size());
    for (MorrisTrajectory t : design.trajectories()) {
      List<double[]> p = t.unitPoints();
      for (int s = 0; s < 6; s++) {
        int changed = 0;
        for (int f = 0; f < 6; f++) {
          double step = p.get(s + 1)[f] - p.get(s)[f];
          if (step != 0) {
            changed++;
            assertEquals(t.direction().get(f) * 0.6, step, 1e-12);
            assertEquals((int) t.order().get(s), f);
          }
          assertTrue(p.get(s + 1)[f] >= 0 && p.get(s + 1)[f] <= 1);
        }
        assertEquals(1, changed);
      }
    }
  }
}
