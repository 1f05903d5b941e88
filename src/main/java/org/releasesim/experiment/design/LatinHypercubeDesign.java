package org.releasesim.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * A Latin hypercube sample (McKay, Beckman and Conover 1979): each factor's range is cut into n
 * equal strata and every stratum is sampled exactly once, at a uniform position inside it, the
 * strata of different factors being paired by independent random permutations. It covers each
 * factor's range far more evenly than n independent uniform draws.
 */
public record LatinHypercubeDesign(List<Factor> factors, List<DesignPoint> points)
    implements Design {

  public LatinHypercubeDesign {
    factors = List.copyOf(factors);
    points = List.copyOf(points);
  }

  /** n samples drawn with {@code random}. */
  public static LatinHypercubeDesign of(List<Factor> factors, int samples,
      MersenneTwisterFast random) {
    if (samples < 1) {
      throw new IllegalArgumentException("a Latin hypercube needs at least 1 sample, got "
          + samples);
    }
    return new LatinHypercubeDesign(factors,
        Design.fromUnit(factors, unitSample(samples, factors.size(), random)));
  }

  /** The sample on the unit cube: {@code samples} rows of {@code k} coordinates. */
  static List<double[]> unitSample(int samples, int k, MersenneTwisterFast random) {
    double[][] x = new double[samples][k];
    for (int d = 0; d < k; d++) {
      int[] strata = permutation(samples, random);
      for (int j = 0; j < samples; j++) {
        x[j][d] = (strata[j] + random.nextDouble()) / samples;
      }
    }
    List<double[]> rows = new ArrayList<>(samples);
    for (double[] row : x) {
      rows.add(row);
    }
    return rows;
  }

  /** A uniform random permutation of 0..n-1 (Fisher-Yates). */
  static int[] permutation(int n, MersenneTwisterFast random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  @Override
  public String type() {
    return "latin-hypercube";
  }
}
