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
    List<Factor> factors = plan.factors();
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
    int f = factorIndex(plan);
    String first = plan.factors().get(f).levels().get(0);
    Map<List<String>, Integer> byValues = new HashMap<>();
    for (DesignPoint p : plan.points()) {
      byValues.putIfAbsent(p.values(), p.index());
    }
    int outcomes = plan.outcomes().columns().size();
    for (DesignPoint p : plan.points()) {
      List<String> refValues = new ArrayList<>(p.values());
      refValues.set(f, first);
      Integer ref = byValues.get(refValues);
      if (ref == null || ref == p.index()) {
        continue;
      }
      for (int o = 0; o < outcomes; o++) {
        result.add(new Contrast(p.index(), ref, o,
            PairedDifference.of(table.values(ref, o), table.values(p.index(), o))));
      }
    }
    return result;
  }
}
