package org.releasesim.experiment.posterior;

import java.util.Locale;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The prior of one fitted parameter: a proper distribution on a bounded interval, so that every
 * prior has a density, a mean and a standard deviation (the latter to say how much the targets
 * narrowed it). Samples come from the caller's seeded stream only.
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
      // Cheng's rejection sampler on the caller's stream: much cheaper than inverting the
      // regularised incomplete beta function, and as deterministic
      return min + (max - min) * new BetaDistribution(random, alpha, beta).sample();
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
   * for positive multipliers whose uncertainty is a ratio. Its moments are the truncated
   * log-normal's closed forms: E[X^k] = exp(k mu + k^2 sigma^2 / 2) (Phi(b_k) - Phi(a_k)) / Z,
   * with a_k = (ln min - mu - k sigma^2) / sigma, b_k likewise, and Z = Phi(b_0) - Phi(a_0).
   */
  record LogNormal(double mu, double sigma, double min, double max) implements Prior {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    public LogNormal {
      requireInterval(min, max);
      if (!(sigma > 0 && Double.isFinite(sigma) && Double.isFinite(mu))) {
        throw new IllegalArgumentException("mu must be finite and sigma finite and above 0");
      }
      if (min < 0) {
        throw new IllegalArgumentException("a log-normal lives on positive values: min must be"
            + " at least 0");
      }
      if (!(partial(mu, sigma, min, max, 0) > 1e-9)) {
        throw new IllegalArgumentException("[min, max] holds almost none of the log-normal's"
            + " mass (its median exp(mu) is " + Math.exp(mu) + ")");
      }
    }

    /** Phi(b_k) - Phi(a_k): the normal mass of ln X between the bounds, shifted by k sigma^2. */
    private static double partial(double mu, double sigma, double min, double max, int k) {
      double low = min <= 0 ? Double.NEGATIVE_INFINITY
          : (Math.log(min) - mu - k * sigma * sigma) / sigma;
      double high = (Math.log(max) - mu - k * sigma * sigma) / sigma;
      return STANDARD.cumulativeProbability(high)
          - (low == Double.NEGATIVE_INFINITY ? 0 : STANDARD.cumulativeProbability(low));
    }

    private double raw(int k) {
      return Math.exp(k * mu + k * k * sigma * sigma / 2) * partial(mu, sigma, min, max, k)
          / partial(mu, sigma, min, max, 0);
    }

    @Override
    public double density(double x) {
      if (!inSupport(x) || x <= 0) {
        return 0;
      }
      double z = (Math.log(x) - mu) / sigma;
      return Math.exp(-z * z / 2) / (x * sigma * Math.sqrt(2 * Math.PI))
          / partial(mu, sigma, min, max, 0);
    }

    @Override
    public double sample(RandomGenerator random) {
      double low = min <= 0 ? 0 : STANDARD.cumulativeProbability((Math.log(min) - mu) / sigma);
      double high = STANDARD.cumulativeProbability((Math.log(max) - mu) / sigma);
      double u = low + (high - low) * random.nextDouble();
      double x = Math.exp(mu + sigma * STANDARD.inverseCumulativeProbability(u));
      return Math.min(max, Math.max(min, x));
    }

    @Override
    public double mean() {
      return raw(1);
    }

    @Override
    public double sd() {
      double m = raw(1);
      return Math.sqrt(Math.max(0, raw(2) - m * m));
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
