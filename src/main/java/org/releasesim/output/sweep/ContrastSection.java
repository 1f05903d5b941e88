package org.releasesim.output.sweep;

import static org.releasesim.output.sweep.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.stats.PairedDifference;
import org.releasesim.experiment.sweep.Contrast;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * The result of a comparison, first in its report: for each outcome and point, the paired
 * difference from the reference (absolute and relative, with 95% intervals) and what pairing
 * bought, in plain numbers with units; the levels follow.
 */
final class ContrastSection {
  private ContrastSection() {}

  /** The section, or empty when the analysis has no contrasts. */
  static String of(SweepAnalysis analysis) {
    if (analysis.contrasts().isEmpty()) {
      return "";
    }
    SweepPlan plan = analysis.plan();
    List<List<String>> rows = new ArrayList<>();
    for (int o = 0; o < plan.outcomes().names().size(); o++) {
      for (Contrast c : analysis.contrasts()) {
        if (c.outcome() == o) {
          rows.add(row(plan, c));
        }
      }
    }
    String reference = label(plan, analysis.contrasts().get(0).reference());
    return "<h2>Paired differences from " + esc(reference) + "</h2>\n"
        + "<p>Each replicate runs every point on one seed (common random numbers); the"
        + " difference is the mean over replicates of the point's value minus the reference's,"
        + " with a 95% t interval. The relative difference divides by the reference's mean (its"
        + " interval treats that mean as fixed). The variance ratio is how many times more"
        + " replicates independent seeds would need for the same interval.</p>\n"
        + Html.table(List.of("outcome", "unit", "point", "reference mean", "point mean",
            "difference", "95% interval", "relative", "95% interval (relative)",
            "variance ratio", "replicates"), rows);
  }

  private static List<String> row(SweepPlan plan, Contrast c) {
    PairedDifference d = c.difference();
    Estimate diff = d.difference();
    double ref = d.reference().mean();
    boolean relative = ref != 0 && !Double.isNaN(ref);
    return List.of(plan.outcomes().names().get(c.outcome()),
        plan.outcomes().columns().get(c.outcome()).unit(), label(plan, c.point()),
        PlainNumbers.of(ref), PlainNumbers.of(d.alternative().mean()),
        PlainNumbers.of(diff.mean(), diff.halfWidth()),
        PlainNumbers.interval(diff.low(), diff.high(), diff.halfWidth()),
        relative ? PlainNumbers.percent(diff.mean() / ref) : "",
        relative ? "[" + PlainNumbers.percent(diff.low() / Math.abs(ref)) + ", "
            + PlainNumbers.percent(diff.high() / Math.abs(ref)) + "]" : "",
        PlainNumbers.of(d.varianceRatio()), Long.toString(diff.n()));
  }

  private static String label(SweepPlan plan, int point) {
    return String.join(", ", plan.points().get(point).values());
  }
}
