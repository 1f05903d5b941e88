package org.releasesim.experiment.compare;

/**
 * Systematic resampling: n draws from weighted particles with a single uniform number u. The
 * draws sit at the positions (i + u) / n, i = 0..n-1, on the cumulative weights, so particle j is
 * drawn floor(n w_j) or ceil(n w_j) times, and n w_j times on average over u: as few draws as
 * possible are spent on noise in the counts, unlike n independent draws.
 */
public final class SystematicResampling {
  private SystematicResampling() {}

  /**
   * The particle of each draw, in ascending particle order.
   *
   * @param weights normalised weights (at least 0, sum 1)
   * @param n draws
   * @param u the offset, in [0, 1)
   */
  public static int[] draw(double[] weights, int n, double u) {
    if (!(u >= 0 && u < 1) || n < 1) {
      throw new IllegalArgumentException("u must be in [0, 1) and n at least 1");
    }
    int last = weights.length - 1;
    while (last > 0 && weights[last] == 0) {
      last--;
    }
    int[] drawn = new int[n];
    double cumulative = weights[0];
    int j = 0;
    for (int i = 0; i < n; i++) {
      double position = (i + u) / n;
      // a sum of rounded weights may stop just short of 1: the last weighted particle takes it
      while (position >= cumulative && j < last) {
        j++;
        cumulative += weights[j];
      }
      drawn[i] = j;
    }
    return drawn;
  }
}
