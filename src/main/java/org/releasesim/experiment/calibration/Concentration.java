package org.releasesim.experiment.calibration;

import java.util.Arrays;

/**
 * How concentrated arrests are among people: the smallest share of people (the most-arrested
 * first) who account for a given share of all arrests. BJS reports it for the 2005 release
 * cohort as "48.4% of all 5-year arrests involved 16.1% of releasees" (Durose, Cooper &amp;
 * Snyder 2014, NCJ 244205).
 */
public final class Concentration {
  private Concentration() {}

  /**
   * The share of people needed to account for {@code arrestShare} of all arrests, counting every
   * person (those never arrested too) in the denominator. The last person needed is counted
   * fractionally (the part of their arrests still needed), so the measure moves smoothly with
   * the data instead of jumping by one person.
   *
   * @param arrests arrests per person (non-negative)
   * @param arrestShare share of all arrests to account for, in (0, 1]
   * @return the share of people, or NaN if there are no people or no arrests
   */
  public static double shareOfPeopleFor(int[] arrests, double arrestShare) {
    if (!(arrestShare > 0 && arrestShare <= 1)) {
      throw new IllegalArgumentException("arrestShare must be in (0, 1], not " + arrestShare);
    }
    long total = 0;
    for (int a : arrests) {
      if (a < 0) {
        throw new IllegalArgumentException("negative arrest count " + a);
      }
      total += a;
    }
    if (arrests.length == 0 || total == 0) {
      return Double.NaN;
    }
    int[] sorted = arrests.clone();
    Arrays.sort(sorted);
    double needed = arrestShare * total;
    double people = 0;
    for (int i = sorted.length - 1; i >= 0 && needed > 0; i--) {
      int a = sorted[i];
      people += needed >= a ? 1 : needed / a;
      needed -= a;
    }
    return people / arrests.length;
  }
}
