package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.stats.PairedDifference;

/**
 * The paired contrasts of a paired sweep with listed points (factorial or points designs): every
 * point against the point that differs from it only in the contrast factor, set to that factor's
 * first level. The contrast factor is the first factor that sets a policy, else the first factor.
 * Replicate r of both points ran with the same seed, so the difference is paired.
 */
public final class Contrasts {
  private Contrasts() {}

  /** Index of the contrast factor of a plan. */
  public static int factorIndex(SweepPlan plan) {
    return factorIndex(plan.factors());
  }

  /** Index of the contrast factor among a design's factors. */
  static int factorIndex(List<Factor> factors) {
    for (int f = 0; f < factors.size(); f++) {
      if (factors.get(f).keys().stream().allMatch(k -> k.endsWith(".policy"))) {
        return f;
      }
    }
    return 0;
  }

  /** Whether a plan has contrasts: paired, with points listed rather than sampled. */
  public static boolean applies(SweepPlan plan) {
    String type = plan.design().type();
    return plan.paired() && (type.equals("factorial") || type.equals("points"))
        && plan.factors().get(factorIndex(plan)).levels().size() > 1;
  }

  /** Every contrast, point by point, outcome by outcome. */
  public static List<Contrast> of(SweepPlan plan, RunTable table) {
    List<Contrast> result = new ArrayList<>();
    if (!applies(plan)) {
      return result;
    }
    int[] references = references(plan.factors(), plan.points());
    int outcomes = plan.outcomes().columns().size();
    for (DesignPoint p : plan.points()) {
      int ref = references[p.index()];
      if (ref < 0 || ref == p.index()) {
        continue;
      }
      for (int o = 0; o < outcomes; o++) {
        result.add(new Contrast(p.index(), ref, o,
            PairedDifference.of(table.values(ref, o), table.values(p.index(), o))));
      }
    }
    return result;
  }

  /**
   * The reference point of every point (-1 where there is none): the point with the same values
   * but the contrast factor at its first level. A points design may list the same values more
   * than once (posterior draws of one particle): the n-th listing of some values is referred to
   * the n-th listing of its reference values, so that each listing keeps a reference of its own
   * and, under {@code pairing: contrast}, shares seeds with it alone; where there are fewer
   * reference listings, the first is taken.
   */
  static int[] references(List<Factor> factors, List<DesignPoint> points) {
    int f = factorIndex(factors);
    List<String> levels = factors.get(f).levels();
    int[] references = new int[points.size()];
    java.util.Arrays.fill(references, -1);
    if (levels.isEmpty()) {
      return references;
    }
    String first = levels.get(0);
    Map<List<String>, List<Integer>> byValues = new HashMap<>();
    int[] listing = new int[points.size()];
    for (DesignPoint p : points) {
      List<Integer> same = byValues.computeIfAbsent(p.values(), v -> new ArrayList<>());
      listing[p.index()] = same.size();
      same.add(p.index());
    }
    for (DesignPoint p : points) {
      List<String> refValues = new ArrayList<>(p.values());
      refValues.set(f, first);
      List<Integer> refs = byValues.get(refValues);
      if (refs != null) {
        int n = listing[p.index()];
        references[p.index()] = refs.get(n < refs.size() ? n : 0);
      }
    }
    return references;
  }
}
