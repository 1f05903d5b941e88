package org.releasesim.output.sweep;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * The design points a two-way chart shows: those where every factor other than the charted ones
 * sits at its first level, so that each chart compares like with like; the caption says where
 * the others are held.
 */
final class PointSlice {
  private PointSlice() {}

  /** Points varying only in the factors {@code free}, the others at their first level. */
  static List<DesignPoint> of(SweepPlan plan, List<Integer> free) {
    List<DesignPoint> result = new ArrayList<>();
    for (DesignPoint p : plan.points()) {
      boolean keep = true;
      for (int f = 0; f < plan.factors().size() && keep; f++) {
        List<String> levels = plan.factors().get(f).levels();
        keep = free.contains(f) || levels.isEmpty() || p.values().get(f).equals(levels.get(0));
      }
      if (keep) {
        result.add(p);
      }
    }
    return result;
  }

  /** Where the factors not in {@code free} are held, for captions ("" if nowhere). */
  static String heldAt(SweepPlan plan, List<Integer> free) {
    List<String> parts = new ArrayList<>();
    for (int f = 0; f < plan.factors().size(); f++) {
      Factor factor = plan.factors().get(f);
      if (!free.contains(f) && factor.levels().size() > 1) {
        parts.add(SweepChartStyle.shortName(factor.name()) + " = " + factor.levels().get(0));
      }
    }
    return parts.isEmpty() ? "" : " Other factors held at " + String.join(", ", parts) + ".";
  }

  /** A point's label from the values of the factors {@code shown}. */
  static String label(SweepPlan plan, DesignPoint p, List<Integer> shown) {
    List<String> parts = new ArrayList<>();
    for (int f : shown) {
      parts.add(shown.size() == 1 ? p.values().get(f)
          : SweepChartStyle.shortName(plan.factors().get(f).name()) + "=" + p.values().get(f));
    }
    return String.join(", ", parts);
  }
}
