package org.releasesim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.stats.PairedDifference;
import org.releasesim.experiment.sweep.Contrast;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * The comparison's console table (each primary outcome's paired difference from the reference
 * policy, its 95% interval and the variance-reduction ratio) and the sentences on what pairing
 * bought for total crimes, which also go into the report.
 */
final class SweepCompareTable {
  private static final String ROW = "%-26s %-18s %14s %14s  %-28s %10s%n";

  private SweepCompareTable() {}

  static void print(PrintWriter out, SweepAnalysis analysis) {
    SweepPlan plan = analysis.plan();
    String reference = plan.factors().get(0).levels().get(0);
    out.printf(Locale.ROOT, ROW, "outcome", "policy", reference + " mean", "difference",
        "95% interval", "var. ratio");
    for (int o : plan.outcomes().primary()) {
      for (Contrast c : analysis.contrasts()) {
        if (c.outcome() == o) {
          PairedDifference d = c.difference();
          Estimate e = d.difference();
          out.printf(Locale.ROOT, ROW, plan.outcomes().names().get(o),
              plan.points().get(c.point()).values().get(0), num(d.reference().mean()),
              num(e.mean()), "[" + num(e.low()) + ", " + num(e.high()) + "]",
              num(d.varianceRatio()));
        }
      }
    }
    pairingNotes(analysis).forEach(out::println);
  }

  /** For total crimes (always among the outcomes): what pairing bought, per policy. */
  static List<String> pairingNotes(SweepAnalysis analysis) {
    SweepPlan plan = analysis.plan();
    String name = "crimes";
    int o = plan.outcomes().indexOf(name);
    List<String> notes = new ArrayList<>();
    for (Contrast c : analysis.contrasts()) {
      if (c.outcome() == o) {
        PairedDifference d = c.difference();
        double paired = square(d.difference().sd());
        double unpaired = square(d.reference().sd()) + square(d.alternative().sd());
        notes.add(String.format(Locale.ROOT, "Variance reduction from pairing, %s, %s vs %s:"
            + " %s (variance of the paired difference %s; independent seeds would give %s)",
            name, plan.points().get(c.point()).values().get(0),
            plan.points().get(c.reference()).values().get(0), num(d.varianceRatio()),
            num(paired), num(unpaired)));
      }
    }
    return notes;
  }

  private static double square(double v) {
    return v * v;
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Double.isInfinite(v)) {
      return "inf";
    }
    return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
