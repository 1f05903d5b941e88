package org.releasesim.experiment.design;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sampling scheme of Saltelli et al. 2010 ("Variance based sensitivity analysis of model
 * output. Design and estimator for the total sensitivity index", Comput. Phys. Commun. 181):
 * two independent base matrices A and B of N rows each, taken from the first and second half of
 * a 2k-dimensional Sobol' quasi-random sequence (commons-math's {@link SobolSequenceGenerator},
 * Joe and Kuo direction numbers, its all-zero first point skipped), and for each factor i the
 * matrix {@code AB_i}: A with column i taken from B. That is N (k + 2) points, enough for both
 * first-order and total-order indices.
 *
 * <p>Points are laid out row by row: point {@code j (k + 2)} is row j of A, the next is row j of
 * B, then row j of {@code AB_1 .. AB_k}.
 */
public record SaltelliDesign(List<Factor> factors, int baseSamples, List<DesignPoint> points)
    implements Design {
  /** Largest Sobol' dimension commons-math supports (two per factor). */
  public static final int MAX_FACTORS = 500;

  public SaltelliDesign {
    factors = List.copyOf(factors);
    points = List.copyOf(points);
  }

  /** How many points {@link #of} makes: N (k + 2), computed without building any. */
  public static BigInteger pointCount(int factors, int baseSamples) {
    return BigInteger.valueOf(baseSamples).multiply(BigInteger.valueOf(factors + 2L));
  }

  /** N base samples (a power of two keeps the Sobol' sequence balanced). */
  public static SaltelliDesign of(List<Factor> factors, int baseSamples) {
    int k = factors.size();
    if (k < 1 || k > MAX_FACTORS) {
      throw new IllegalArgumentException("a Sobol design takes 1 to " + MAX_FACTORS
          + " factors, got " + k);
    }
    if (baseSamples < 2) {
      throw new IllegalArgumentException("a Sobol design needs at least 2 samples, got "
          + baseSamples);
    }
    return new SaltelliDesign(factors, baseSamples,
        Design.fromUnit(factors, unitPoints(k, baseSamples)));
  }

  /** The design on the unit cube, in the layout described above. */
  public static List<double[]> unitPoints(int k, int baseSamples) {
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.skipTo(1);
    List<double[]> rows = new ArrayList<>(baseSamples * (k + 2));
    for (int j = 0; j < baseSamples; j++) {
      double[] v = sobol.nextVector();
      double[] a = java.util.Arrays.copyOfRange(v, 0, k);
      double[] b = java.util.Arrays.copyOfRange(v, k, 2 * k);
      rows.add(a);
      rows.add(b);
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        rows.add(ab);
      }
    }
    return rows;
  }

  @Override
  public String type() {
    return "sobol";
  }
}
