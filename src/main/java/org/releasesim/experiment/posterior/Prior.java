package org.releasesim.experiment.posterior;

import java.util.Locale;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The prior of one fitted parameter: a proper distribution on a bounded interval, so that every
 * prior has a density, a mean and a standard deviation (the latter to say how much the targets
 * narrowed it). Samples are drawn by inverting the cumulative distribution with one uniform
 * number from the caller's seeded stream, so a draw costs exactly one number of that stream.
 */
public sealed interface Prior permits Prior.Uniform, Prior.Beta, Prior.LogNormal {
  /** Lower end of the support. */
  double min();

  /** Upper end of the support. */
  double max();

  /** The density at {@code x}; 0 outside the support. */
  double density(double x);

  /** One draw. */
  double sample(RandomGenerator random);

  double mean();

  double sd();

  /** The prior as the calibration file writes it, for tables. */
  String describe();

  default boolean inSupport(double x) {
    return x >= min() && x <= max();
  }

  /**
   * Uniform on [min, max].
   */
  record Uniform(double min, double max) implements Prior {
    public Uniform {
      requireInterval(min, max);
    }

    @Override
    public double density(double x) {
      return inSupport(x) ? 1 / (max - min) : 0;
    }

    @Override
    public double sample(RandomGenerator random) {
      return min + (max - min) * random.nextDouble();
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }

    @Override
    public double sd() {
      return (max - min) / Math.sqrt(12);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "uniform(%s, %s)", min, max);
    }
  }

  /**
   * Beta(alpha, beta) stretched from [0, 1] to [min, max].
   */
  record Beta(double alpha, double beta, double min, double max) implements Prior {
    public Beta {
      requireInterval(min, max);
      if (!(alpha > 0 && beta > 0 && Double.isFinite(alpha) && Double.isFinite(beta))) {
        throw new IllegalArgumentException("alpha and beta must be finite and above 0");
      }
    }

    private BetaDistribution unit() {
      return new BetaDistribution(null, alpha, beta);
    }

    @Override
    public double density(double x) {
      return inSupport(x) ? unit().density((x - min) / (max - min)) / (max - min) : 0;
    }

    @Override
    public double sample(RandomGenerator random) {
      return min + (max - min) * unit().inverseCumulativeProbability(random.nextDouble());
    }

    @Override
    public double mean() {
      return min + (max - min) * alpha / (alpha + beta);
    }

    @Override
    public double sd() {
      double s = alpha + beta;
      return (max - min) * Math.sqrt(alpha * beta / (s * s * (s + 1)));
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "beta(%s, %s) on [%s, %s]", alpha, beta, min, max);
    }
  }

  /**
   * A log-normal (the log has mean mu and standard deviation sigma) truncated to [min, max]:
   * for positive multipliers whose uncertainty is a ratio. Its mean and standard deviation are
   * integrated numerically over the truncated support.
   */
  record LogNormal(double mu, double sigma, double min, double max) implements Prior {
    public LogNormal {
      requireInterval(min, max);
      if (!(sigma > 0 && Double.isFinite(sigma) && Double.isFinite(mu))) {
        throw new IllegalArgumentException("mu must be finite and sigma finite and above 0");
      }
      if (min < 0) {
        throw new IllegalArgumentException("a log-normal lives on positive values: min must be"
            + " at least 0");
      }
      LogNormalDistribution d = new LogNormalDistribution(null, mu, sigma, 1e-12);
      if (!(d.cumulativeProbability(max) - d.cumulativeProbability(min) > 1e-9)) {
        throw new IllegalArgumentException("[min, max] holds almost none of the log-normal's"
            + " mass (exp(mu) = " + Math.exp(mu) + ")");
      }
    }

    private LogNormalDistribution whole() {
      return new LogNormalDistribution(null, mu, sigma, 1e-12);
    }

    private double mass() {
      LogNormalDistribution d = whole();
      return d.cumulativeProbability(max) - d.cumulativeProbability(min);
    }

    @Override
    public double density(double x) {
      return inSupport(x) ? whole().density(x) / mass() : 0;
    }

    @Override
    public double sample(RandomGenerator random) {
      LogNormalDistribution d = whole();
      double low = d.cumulativeProbability(min);
      double high = d.cumulativeProbability(max);
      double x = d.inverseCumulativeProbability(low + (high - low) * random.nextDouble());
      return Math.min(max, Math.max(min, x));
    }

    @Override
    public double mean() {
      return moment(x -> x);
    }

    @Override
    public double sd() {
      double m = mean();
      return Math.sqrt(Math.max(0, moment(x -> (x - m) * (x - m))));
    }

    private double moment(UnivariateFunction f) {
      IterativeLegendreGaussIntegrator integrator =
          new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-14);
      return integrator.integrate(100_000, x -> f.value(x) * density(x), min, max);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "lognormal(%s, %s) on [%s, %s]", mu, sigma, min, max);
    }
  }

  private static void requireInterval(double min, double max) {
    if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
      throw new IllegalArgumentException("the bounds must be finite with min below max, not ["
          + min + ", " + max + "]");
    }
  }
}
