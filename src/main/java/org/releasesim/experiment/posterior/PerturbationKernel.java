package org.releasesim.experiment.posterior;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The Gaussian kernel that moves resampled particles: its covariance is twice the weighted
 * covariance of the current particles, the choice that minimises the Kullback-Leibler distance
 * between proposal and target for a Gaussian kernel (Beaumont, Cornuet, Marin and Robert 2009,
 * "Adaptive approximate Bayesian computation", Biometrika 96(4); Filippi et al. 2013). A ridge
 * of a millionth of each prior's variance keeps the covariance invertible when the particles
 * agree exactly on a coordinate.
 */
final class PerturbationKernel {
  private static final double RIDGE = 1e-6;

  private final double[][] lower;
  private final double[][] inverse;
  private final double logNormaliser;
  private final int dimension;

  private PerturbationKernel(double[][] covariance) {
    dimension = covariance.length;
    CholeskyDecomposition cholesky = new CholeskyDecomposition(
        new Array2DRowRealMatrix(covariance), 1e-12, 1e-300);
    lower = cholesky.getL().getData();
    inverse = cholesky.getSolver().getInverse().getData();
    logNormaliser = -0.5 * dimension * Math.log(2 * Math.PI)
        - 0.5 * Math.log(cholesky.getDeterminant());
  }

  /** The kernel for a population with normalised weights {@code w}. */
  static PerturbationKernel of(List<Particle> particles, double[] w,
      List<FittedParameter> parameters) {
    int d = parameters.size();
    double[] mean = new double[d];
    for (int i = 0; i < particles.size(); i++) {
      for (int k = 0; k < d; k++) {
        mean[k] += w[i] * particles.get(i).value(k);
      }
    }
    double[][] cov = new double[d][d];
    for (int i = 0; i < particles.size(); i++) {
      for (int a = 0; a < d; a++) {
        double da = particles.get(i).value(a) - mean[a];
        for (int b = 0; b < d; b++) {
          cov[a][b] += w[i] * da * (particles.get(i).value(b) - mean[b]);
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        cov[a][b] *= 2;
      }
      double sd = parameters.get(a).prior().sd();
      cov[a][a] += RIDGE * sd * sd;
    }
    return new PerturbationKernel(cov);
  }

  /** {@code centre} plus one Gaussian draw (d normal numbers from {@code random}). */
  double[] perturb(double[] centre, RandomGenerator random) {
    double[] z = new double[dimension];
    for (int k = 0; k < dimension; k++) {
      z[k] = random.nextGaussian();
    }
    double[] moved = centre.clone();
    for (int a = 0; a < dimension; a++) {
      for (int b = 0; b <= a; b++) {
        moved[a] += lower[a][b] * z[b];
      }
    }
    return moved;
  }

  /** The kernel's density at {@code x} around {@code centre}. */
  double density(double[] x, double[] centre) {
    double quadratic = 0;
    for (int a = 0; a < dimension; a++) {
      double da = x[a] - centre[a];
      for (int b = 0; b < dimension; b++) {
        quadratic += da * inverse[a][b] * (x[b] - centre[b]);
      }
    }
    return Math.exp(logNormaliser - 0.5 * quadratic);
  }
}
