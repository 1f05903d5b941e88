package org.releasesim.model;

/** The four age bands that scenario files and reports use: 0-14, 15-24, 25-39, 40 and over. */
public final class AgeBand {
  /** Lower edges (years) of bands 1, 2 and 3. */
  static final double[] EDGES = {15, 25, 40};

  private AgeBand() {}

  /** The band index of an age in years. */
  public static int of(double ageYears) {
    int band = 0;
    while (band < EDGES.length && ageYears >= EDGES[band]) {
      band++;
    }
    return band;
  }

  /** Lowest age (years) of a band. */
  static double from(int band) {
    return band == 0 ? 0 : EDGES[band - 1];
  }

  /** Age (years) where a band ends; the last band ends at the life table's oldest age. */
  static double to(int band) {
    return band < EDGES.length ? EDGES[band] : LifeTable.MAX_AGE;
  }
}
