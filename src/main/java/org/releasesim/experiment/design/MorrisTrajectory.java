package org.releasesim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * One trajectory of a Morris design: k + 1 points on the level grid, each differing from the one
 * before in a single factor, by a step of +Delta or -Delta.
 *
 * @param start the first point's grid indices, one per factor (0 .. levels - 1)
 * @param order the factor moved at each step; a permutation of 0 .. k - 1
 * @param direction per factor, +1 or -1: the sign of its step
 * @param levels grid levels p; a step moves p / 2 grid indices, that is Delta = p / (2 (p - 1))
 */
public record MorrisTrajectory(List<Integer> start, List<Integer> order, List<Integer> direction,
    int levels) {
  public MorrisTrajectory {
    start = List.copyOf(start);
    order = List.copyOf(order);
    direction = List.copyOf(direction);
  }

  /** The step on the unit scale, Delta = p / (2 (p - 1)) (Morris 1991). */
  public double delta() {
    return levels / (2.0 * (levels - 1));
  }

  /** The k + 1 points on the unit cube. */
  public List<double[]> unitPoints() {
    int k = start.size();
    int[] at = new int[k];
    for (int f = 0; f < k; f++) {
      at[f] = start.get(f);
    }
    List<double[]> points = new ArrayList<>(k + 1);
    points.add(unit(at));
    for (int s = 0; s < k; s++) {
      int f = order.get(s);
      at[f] += direction.get(f) * (levels / 2);
      points.add(unit(at));
    }
    return points;
  }

  private double[] unit(int[] at) {
    double[] u = new double[at.length];
    for (int f = 0; f < at.length; f++) {
      u[f] = at[f] / (double) (levels - 1);
    }
    return u;
  }
}
