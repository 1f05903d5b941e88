package org.releasesim.gui.watch;

/**
 * Recent crime and ICE at-large operations per tract, as exponentially decayed counts: each event
 * adds one and the counts fade with a time constant of a few weeks, so the heat map shows where
 * things have been happening lately rather than since the start of the run.
 */
final class TractActivity {
  /** Time constant of the fading, in days. */
  static final double MEMORY_DAYS = 21;

  private final double[] crimes;
  private final double[] operations;

  TractActivity(int tracts) {
    crimes = new double[tracts];
    operations = new double[tracts];
  }

  void crime(int tract) {
    if (tract >= 0) {
      crimes[tract]++;
    }
  }

  void operation(int tract) {
    if (tract >= 0) {
      operations[tract]++;
    }
  }

  /** Let {@code days} days pass. */
  void decay(double days) {
    double f = Math.exp(-days / MEMORY_DAYS);
    for (int t = 0; t < crimes.length; t++) {
      crimes[t] *= f;
      operations[t] *= f;
    }
  }

  /** Decayed offences in a tract: about the offences of the last {@link #MEMORY_DAYS} days. */
  double crimes(int tract) {
    return crimes[tract];
  }

  /** Decayed at-large operations in a tract. */
  double operations(int tract) {
    return operations[tract];
  }

  /** Recent offences per 1,000 residents per year, or NaN for a tract without residents. */
  double crimeRate(int tract, long residents) {
    if (residents <= 0) {
      return Double.NaN;
    }
    return crimes[tract] / MEMORY_DAYS * 365.25 / residents * 1000;
  }
}
