package org.releasesim.experiment.design;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of the factors' levels. The first factor varies slowest, as in nested loops
 * written in factor order, so points.csv reads like the sweep file.
 */
public record FactorialDesign(List<Factor> factors, List<DesignPoint> points) implements Design {

  public FactorialDesign {
    factors = List.copyOf(factors);
    points = List.copyOf(points);
  }

  /**
   * How many points {@link #of} makes, the product of the factors' level counts, computed without
   * building any (it can be astronomically many).
   */
  public static BigInteger pointCount(List<Factor> factors) {
    BigInteger count = BigInteger.ONE;
    for (Factor f : factors) {
      count = count.multiply(BigInteger.valueOf(f.levels().size()));
    }
    return count;
  }

  /**
   * @throws IllegalArgumentException if a factor is a range (a factorial design needs levels)
   */
  public static FactorialDesign of(List<Factor> factors) {
    int[] sizes = new int[factors.size()];
    long total = 1;
    for (int f = 0; f < sizes.length; f++) {
      sizes[f] = factors.get(f).levels().size();
      if (sizes[f] == 0) {
        throw new IllegalArgumentException("factor " + factors.get(f).name() + " has a range;"
            + " a factorial design needs values: [...]");
      }
      total *= sizes[f];
    }
    List<DesignPoint> points = new ArrayList<>();
    int[] at = new int[sizes.length];
    for (long i = 0; i < total; i++) {
      List<String> values = new ArrayList<>(sizes.length);
      for (int f = 0; f < sizes.length; f++) {
        values.add(factors.get(f).levels().get(at[f]));
      }
      points.add(new DesignPoint((int) i, values));
      advance(at, sizes);
    }
    return new FactorialDesign(factors, points);
  }

  /** Odometer step: the last factor moves fastest. */
  private static void advance(int[] at, int[] sizes) {
    for (int f = at.length - 1; f >= 0; f--) {
      if (++at[f] < sizes[f]) {
        return;
      }
      at[f] = 0;
    }
  }

  @Override
  public String type() {
    return "factorial";
  }
}
