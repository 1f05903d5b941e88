package org.releasesim.experiment.sweep;

import java.util.List;
import org.releasesim.experiment.stats.Estimate;

/**
 * Whether the points of a sweep reached a target 95% half-width for an outcome. Sweeps run a
 * fixed number of replicates (so that shards and resumed runs plan the same runs); this says
 * where that was enough, and how many replicates the widest point would need (the compare
 * command adds replicates adaptively instead).
 *
 * @param outcome the outcome column
 * @param unit the outcome's unit ({@link OutcomeSpec#unit()}), that of the target and half-widths
 * @param target the half-width asked for
 * @param reached points whose half-width is at most the target
 * @param points points in the sweep
 * @param widestPoint the point with the widest interval (-1 if none has one)
 * @param widest its half-width
 * @param replicatesNeeded replicates that point would need, by {@link Estimate#replicatesFor}
 */
public record PrecisionCheck(String outcome, String unit, double target, int reached, int points,
    int widestPoint, double widest, long replicatesNeeded) {

  static PrecisionCheck of(String outcome, String unit, double target, int column,
      List<List<Estimate>> estimates) {
    int reached = 0;
    int widestPoint = -1;
    double widest = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < estimates.size(); p++) {
      Estimate e = estimates.get(p).get(column);
      if (e.halfWidth() <= target) {
        reached++;
      }
      if (!Double.isNaN(e.halfWidth()) && e.halfWidth() > widest) {
        widest = e.halfWidth();
        widestPoint = p;
      }
    }
    long needed = widestPoint < 0 ? 0 : estimates.get(widestPoint).get(column)
        .replicatesFor(target);
    return new PrecisionCheck(outcome, unit, target, reached, estimates.size(), widestPoint,
        widestPoint < 0 ? Double.NaN : widest, needed);
  }

  /** One sentence for the console and the report; the outcome's unit follows its name. */
  public String sentence() {
    String label = outcome + " (" + unit + ")";
    if (widestPoint < 0) {
      return label + ": no interval (one replicate per point); aim was " + target;
    }
    return String.format(java.util.Locale.ROOT, "%s: %d of %d points reach a half-width of at"
        + " most %s; the widest is %.4g at point %d, which would need about %d replicates",
        label, reached, points, target, widest, widestPoint, replicatesNeeded);
  }
}
