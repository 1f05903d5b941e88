package org.releasesim.model;

import org.releasesim.model.param.DeterrenceParams;

/**
 * Optional deterrence: offending scales with each jurisdiction's recent arrest certainty
 * (clearances per offence, exponentially weighted over a window) relative to its level when the
 * warm-up ends. Applied by thinning: offences are proposed at the upper-bound rate and accepted
 * with probability factor / upper bound.
 */
final class Deterrence implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final ReleaseSim sim;
  private final DeterrenceParams params;
  private final double[] offences;
  private final double[] clearances;
  private final double[] todayOffences;
  private final double[] todayClearances;
  private final double[] baseline;
  private final double[] factor;

  Deterrence(ReleaseSim sim) {
    this.sim = sim;
    this.params = sim.params().deterrence();
    int n = sim.params().jurisdictions().size();
    offences = new double[n];
    clearances = new double[n];
    todayOffences = new double[n];
    todayClearances = new double[n];
    baseline = new double[n];
    factor = new double[n];
    java.util.Arrays.fill(factor, 1.0);
  }

  /** The factor by which offence proposals are inflated (1 when deterrence is off). */
  double upperBound() {
    return params.enabled() ? params.maxFactor() : 1.0;
  }

  /** Thinning: accept a proposed offence with probability factor / upper bound. */
  boolean accept(int person, int jurisdiction) {
    if (!params.enabled()) {
      return true;
    }
    return sim.streams().nextDouble(person) * params.maxFactor() < factor[jurisdiction];
  }

  void recordOffence(int jurisdiction, boolean cleared) {
    if (params.enabled()) {
      todayOffences[jurisdiction]++;
      todayClearances[jurisdiction] += cleared ? 1 : 0;
    }
  }

  /** Folds a day's counts into the moving averages and updates the factor. */
  void endOfDay(double now) {
    if (!params.enabled()) {
      return;
    }
    double keep = Math.exp(-1 / params.windowDays());
    for (int j = 0; j < offences.length; j++) {
      offences[j] = offences[j] * keep + todayOffences[j];
      clearances[j] = clearances[j] * keep + todayClearances[j];
      todayOffences[j] = 0;
      todayClearances[j] = 0;
      double certainty = offences[j] > 0 ? clearances[j] / offences[j] : 0;
      if (now <= sim.warmupEnd()) {
        baseline[j] = certainty;
      } else if (baseline[j] > 0 && certainty > 0) {
        factor[j] = Math.min(params.maxFactor(),
            Math.pow(certainty / baseline[j], params.elasticity()));
      }
    }
  }

  /** The current deterrence factor of a jurisdiction (1 = baseline). */
  double factor(int jurisdiction) {
    return factor[jurisdiction];
  }
}
