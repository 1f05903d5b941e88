package org.releasesim.experiment.posterior;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.experiment.calibration.Target;
import org.releasesim.experiment.calibration.Targets;

/**
 * Which calibration targets one run can measure, and the follow-up each needs: a five-year
 * re-arrest rate needs five years after the cohort window, or the cohort is cut short and the
 * rate is biased low. The ordering margin is left out (it is defined on means over
 * replications) and so is the cohort size (it has no published value).
 */
public final class TargetHorizons {
  private TargetHorizons() {}

  /** Every target a posterior calibration may fit, with the years of follow-up it needs. */
  public static Map<String, Double> all() {
    Map<String, Double> horizons = new LinkedHashMap<>();
    for (Target t : Targets.all()) {
      if (!Double.isFinite(t.published()) || t.id().equals(Targets.ORDERING)) {
        continue;
      }
      horizons.put(t.id(), horizon(t.id()));
    }
    return horizons;
  }

  /** The target of an id. */
  public static Target target(String id) {
    return Targets.all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  /** The ids, in report order. */
  public static List<String> ids() {
    return new ArrayList<>(all().keySet());
  }

  private static double horizon(String id) {
    if (id.equals(Targets.REARREST_10Y)) {
      return 10;
    }
    if (id.equals(Targets.REARREST_3Y)) {
      return 3;
    }
    if (id.equals(Targets.REARREST_5Y) || id.equals(Targets.EARLY_SHARE)
        || id.equals(Targets.CONCENTRATION) || Targets.BY_OFFENCE.contains(id)
        || Targets.BY_AGE.contains(id)) {
      return 5;
    }
    return 1;
  }
}
