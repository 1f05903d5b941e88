package org.releasesim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each design's point count, computed without building it, equals the number of points the
 * design builds; and it stays exact where building is out of the question.
 */
class DesignSizeTest {
  private static List<Factor> levels(int... counts) {
    List<Factor> factors = new ArrayList<>();
    for (int f = 0; f < counts.length; f++) {
      List<String> values = new ArrayList<>();
      for (int v = 0; v < counts[f]; v++) {
        values.add(Integer.toString(v));
      }
      factors.add(new Factor("f" + f, List.of("k" + f), new FactorDomain.Levels(values), false));
    }
    return factors;
  }

  private static List<Factor> ranges(int k) {
    List<Factor> factors = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      factors.add(new Factor("f" + f, List.of("k" + f), new FactorDomain.Range(0, 1), false));
    }
    return factors;
  }

  @Test
  void aFactorialCountsTheProductOfItsLevelCounts() {
    List<Factor> factors = levels(2, 3, 5);
    assertEquals(BigInteger.valueOf(FactorialDesign.of(factors).points().size()),
        FactorialDesign.pointCount(factors));
    assertEquals(BigInteger.valueOf(30), FactorialDesign.pointCount(factors));
  }

  @Test
  void aFactorialOfFortyTwoLevelFactorsIsCountedExactly() {
    int[] twos = new int[40];
    java.util.Arrays.fill(twos, 2);
    assertEquals(BigInteger.TWO.pow(40), FactorialDesign.pointCount(levels(twos)));
    int[] many = new int[70];
    java.util.Arrays.fill(many, 10);
    assertEquals(BigInteger.TEN.pow(70), FactorialDesign.pointCount(levels(many)),
        "past any long, still exact");
  }

  @Test
  void sobolAndMorrisCountAsTheyBuild() {
    assertEquals(BigInteger.valueOf(SaltelliDesign.of(ranges(3), 8).points().size()),
        SaltelliDesign.pointCount(3, 8));
    assertEquals(BigInteger.valueOf(8 * 5), SaltelliDesign.pointCount(3, 8));
    MorrisDesign morris = MorrisDesign.of(ranges(4), 6, 4, new MersenneTwisterFast(3));
    assertEquals(BigInteger.valueOf(morris.points().size()), MorrisDesign.pointCount(4, 6));
    assertEquals(BigInteger.valueOf(6 * 5), MorrisDesign.pointCount(4, 6));
  }
}
