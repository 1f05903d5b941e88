package org.releasesim.experiment.discovery;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.design.FactorDomain;

/**
 * The centre of a box, as scenario values: a numeric dimension's midpoint (rounded for a
 * whole-number parameter); for a categorical one, the allowed category holding the most rows
 * where the condition holds inside the box (the most rows when it holds in none; the first in
 * order on a tie), since a category has no midpoint.
 */
public final class BoxCentre {
  private BoxCentre() {}

  /**
   * @param whole per dimension, whether its parameter is a whole number
   * @return per dimension, its value as {@code --set} text
   */
  public static List<String> values(PrimData data, Box box, boolean[] whole) {
    List<String> values = new ArrayList<>();
    for (int d = 0; d < box.limits().size(); d++) {
      Limit limit = box.limits().get(d);
      if (limit instanceof Limit.Interval i) {
        double mid = i.lower() + (i.upper() - i.lower()) / 2;
        // the range's own formatting: plain decimals, whole numbers without a point
        values.add(new FactorDomain.Range(mid, mid).valueAt(0, whole[d]));
      } else {
        values.add(data.dimensions().get(d).categories().get(modalCategory(data, box, d)));
      }
    }
    return values;
  }

  private static int modalCategory(PrimData data, Box box, int d) {
    List<Integer> allowed = ((Limit.Categories) box.limits().get(d)).allowed();
    int categories = data.dimensions().get(d).categories().size();
    long[] score = new long[categories];
    for (int r = 0; r < data.rows(); r++) {
      if (box.contains(data, r)) {
        // a hit outweighs any number of other rows
        score[(int) data.value(d, r)] += data.interesting(r) ? 1L << 32 : 1;
      }
    }
    int best = allowed.get(0);
    for (int c : allowed) {
      if (score[c] > score[best]) {
        best = c;
      }
    }
    return best;
  }
}
