package org.releasesim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {
  private static Factor levels(String name, String... values) {
    return new Factor(name, List.of(name), new FactorDomain.Levels(List.of(values)), false);
  }

  private static Factor range(String name, double min, double max, boolean whole) {
    return new Factor(name, List.of(name), new FactorDomain.Range(min, max), whole);
  }

  @Test
  void factorialVariesTheFirstFactorSlowest() {
    FactorialDesign d = FactorialDesign.of(List.of(levels("a", "1", "2"),
        levels("b", "x", "y", "z")));
    assertEquals(6, d.points().size());
    assertEquals(List.of("1", "x"), d.points().get(0).values());
    assertEquals(List.of("1", "z"), d.points().get(2).values());
    assertEquals(List.of("2", "x"), d.points().get(3).values());
    assertThrows(IllegalArgumentException.class,
        () -> FactorialDesign.of(List.of(range("r", 0, 1, false))));
  }

  @Test
  void latinHypercubeSamplesEveryStratumOnce() {
    List<double[]> x = LatinHypercubeDesign.unitSample(20, 3, new MersenneTwisterFast(1));
    for (int d = 0; d < 3; d++) {
      int[] strata = new int[20];
      for (double[] row : x) {
        strata[(int) Math.floor(row[d] * 20)]++;
      }
      int[] ones = new int[20];
      Arrays.fill(ones, 1);
      assertEquals(Arrays.toString(ones), Arrays.toString(strata));
    }
  }

  @Test
  void unitCoordinatesMapOntoLevelsAndRanges() {
    Factor policy = levels("p", "A", "B", "C", "D");
    assertEquals("A", policy.valueAt(0));
    assertEquals("B", policy.valueAt(1.0 / 3));
    assertEquals("C", policy.valueAt(2.0 / 3));
    assertEquals("D", policy.valueAt(1));
    assertEquals("7", range("n", 2, 12, true).valueAt(0.5));
    assertEquals("0.25", range("x", 0, 1, false).valueAt(0.25));
    assertEquals("0.0", range("x", 0, 1, false).valueAt(0));
    assertEquals("0.000010", range("x", 0, 1e-4, false).valueAt(0.1));
  }

  @Test
  void saltelliLayoutHasARowOfAThenBThenEachMix() {
    List<double[]> p = SaltelliDesign.unitPoints(3, 8);
    assertEquals(8 * 5, p.size());
    for (int j = 0; j < 8; j++) {
      double[] a = p.get(5 * j);
      double[] b = p.get(5 * j + 1);
      for (int i = 0; i < 3; i++) {
        double[] ab = p.get(5 * j + 2 + i);
        for (int f = 0; f < 3; f++) {
          assertEquals(f == i ? b[f] : a[f], ab[f]);
        }
      }
    }
  }
}
