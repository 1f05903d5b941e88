package org.releasesim.model;

import org.releasesim.model.param.AgeFactors;

/**
 * Offending by exact age, piecewise constant so that offence times can still be drawn exactly:
 * the band factors below 40, then from 40 on a factor that falls by {@code olderDeclinePerYear}
 * in five-year steps (the age-crime curve keeps falling after 40), flat from 100.
 */
final class AgeCurve implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Ages (years) where the factor may change. */
  private static final double[] STEPS = buildSteps();
  private final double[] factor;

  AgeCurve(AgeFactors f) {
    factor = new double[STEPS.length + 1];
    factor[0] = f.child();
    factor[1] = f.young();
    factor[2] = f.adult();
    for (int k = 3; k < factor.length; k++) {
      factor[k] = f.older() * Math.exp(-f.olderDeclinePerYear() * 5 * (k - 3));
    }
  }

  private static double[] buildSteps() {
    double[] s = new double[2 + 13];
    s[0] = 15;
    s[1] = 25;
    for (int k = 0; k < 13; k++) {
      s[2 + k] = 40 + 5 * k;
    }
    return s;
  }

  /** The number of steps at or below {@code age}: the index of its piece, in constant time. */
  private static int piece(double age) {
    if (age < STEPS[2]) {
      return age < STEPS[0] ? 0 : age < STEPS[1] ? 1 : 2;
    }
    // from 40 the steps are five years apart
    return (int) Math.min(STEPS.length, 3 + Math.floor((age - STEPS[2]) / 5));
  }

  /** The factor at an age in years. */
  double factorAt(double age) {
    return factor[piece(age)];
  }

  /** The next age (years) above {@code age} where the factor may change, or +infinity. */
  double nextStep(double age) {
    int k = piece(age);
    return k < STEPS.length ? STEPS[k] : Double.POSITIVE_INFINITY;
  }

  /** The integral of the factor over ages [from, to): age-weighted years of exposure. */
  double integral(double from, double to) {
    double sum = 0;
    double a = from;
    while (a < to) {
      double b = Math.min(to, nextStep(a));
      sum += factorAt(a) * (b - a);
      a = b;
    }
    return sum;
  }
}
