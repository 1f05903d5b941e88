package org.releasesim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.design.FactorDomain;
import org.releasesim.experiment.design.SaltelliDesign;
import org.releasesim.experiment.stats.PercentileBootstrap;

/**
 * The Sobol estimators against the Ishigami function's analytic indices (Ishigami and Homma
 * 1990; values as in Saltelli et al. 2010 and Sobol' and Levitan 1999): with a = 7, b = 0.1 and
 * x_i uniform on [-pi, pi],
 * V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V3 = 0,
 * V13 = b^2 pi^8 (1/18 - 1/50); so S = (0.3139, 0.4424, 0) and ST = (0.5576, 0.4424, 0.2437).
 */
class SobolAnalysisTest {
  private static final double A = 7;
  private static final double B = 0.1;

  static double ishigami(double x1, double x2, double x3) {
    return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
  }

  private static double[][] analytic() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
    return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
  }

  @Test
  void analyticValuesAreTheKnownOnes() {
    double[][] s = analytic();
    assertEquals(0.3139, s[0][0], 1e-4);
    assertEquals(0.4424, s[0][1], 1e-4);
    assertEquals(0.5576, s[1][0], 1e-4);
    assertEquals(0.2437, s[1][2], 1e-4);
  }

  @Test
  void recoversIshigamiIndicesFromASaltelliDesign() {
    List<Factor> factors = List.of(factor("x1"), factor("x2"), factor("x3"));
    SaltelliDesign design = SaltelliDesign.of(factors, 4096);
    List<double[]> unit = SaltelliDesign.unitPoints(3, 4096);
    double[] y = new double[unit.size()];
    for (int i = 0; i < y.length; i++) {
      double[] u = unit.get(i);
      y[i] = ishigami(scale(u[0]), scale(u[1]), scale(u[2]));
    }
    List<SobolIndex> indices = SobolAnalysis.analyze(design, y,
        new PercentileBootstrap(200, new MersenneTwisterFast(7)));
    double[][] exact = analytic();
    for (int i = 0; i < 3; i++) {
      SobolIndex s = indices.get(i);
      // N = 4096 quasi-random rows: errors are about 0.01; 0.03 leaves room without hiding bugs
      assertEquals(exact[0][i], s.first(), 0.03, "S1 of x" + (i + 1));
      assertEquals(exact[1][i], s.total(), 0.03, "ST of x" + (i + 1));
      assertTrue(s.firstLow() <= s.first() + 1e-9 && s.first() <= s.firstHigh() + 1e-9);
      assertTrue(s.totalLow() < exact[1][i] + 0.03 && exact[1][i] - 0.03 < s.totalHigh());
    }
  }

  @Test
  void estimatorsOnPlainArraysMatchAnAdditiveFunction() {
    // y = x1 + 2 x2 on independent uniforms: S1 = ST = (1/5, 4/5), no interaction
    List<double[]> unit = SaltelliDesign.unitPoints(2, 2048);
    int n = unit.size() / 4;
    double[] a = new double[n];
    double[] b = new double[n];
    double[][] ab = new double[2][n];
    for (int j = 0; j < n; j++) {
      a[j] = f(unit.get(4 * j));
      b[j] = f(unit.get(4 * j + 1));
      ab[0][j] = f(unit.get(4 * j + 2));
      ab[1][j] = f(unit.get(4 * j + 3));
    }
    double[][] s = SobolAnalysis.indices(a, b, ab);
    assertEquals(0.2, s[0][0], 0.02);
    assertEquals(0.8, s[0][1], 0.02);
    assertEquals(0.2, s[1][0], 0.02);
    assertEquals(0.8, s[1][1], 0.02);
  }

  private static double f(double[] u) {
    return u[0] + 2 * u[1];
  }

  private static double scale(double u) {
    return -Math.PI + 2 * Math.PI * u;
  }

  static Factor factor(String name) {
    return new Factor(name, List.of(name), new FactorDomain.Range(0, 1), false);
  }
}
