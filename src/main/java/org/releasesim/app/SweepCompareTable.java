package org.releasesim.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.stats.PairedDifference;
import org.releasesim.experiment.sweep.Contrast;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.model.metrics.Metric;

/**
 * The comparison's console table (each primary outcome's paired difference from the reference
 * policy, its 95% interval and the variance-reduction ratio, with the unit of the mean, the
 * difference and the interval in the last column) and the sentences on what pairing bought for
 * total crimes, which also go into the report.
 */
public final class SweepCompareTable {
  private static final String UNIT = "unit (of mean, difference, interval)";

  private SweepCompareTable() {}

  public static void print(PrintWriter out, SweepAnalysis analysis) {
    SweepPlan plan = analysis.plan();
    String reference = plan.factors().get(0).levels().get(0);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"outcome", "policy", reference + " mean", "difference",
        "95% interval", "var. ratio", UNIT});
    for (int o : plan.outcomes().primary()) {
      OutcomeSpec outcome = plan.outcomes().columns().get(o);
      for (Contrast c : analysis.contrasts()) {
        if (c.outcome() == o) {
          PairedDifference d = c.difference();
          Estimate e = d.difference();
          rows.add(new String[] {outcome.column(),
              plan.points().get(c.point()).values().get(0), num(d.reference().mean()),
              num(e.mean()), "[" + num(e.low()) + ", " + num(e.high()) + "]",
              num(d.varianceRatio()), outcome.unit()});
        }
      }
    }
    String format = format(rows);
    for (String[] row : rows) {
      out.printf(Locale.ROOT, format, (Object[]) row);
    }
    pairingNotes(analysis).forEach(out::println);
  }

  /**
   * Columns as wide as their widest cell: text to the left, numbers to the right, the unit last
   * and unpadded.
   */
  private static String format(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    return "%-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %" + width[3]
        + "s  %-" + width[4] + "s  %" + width[5] + "s  %s%n";
  }

  /** For total crimes (always among the outcomes): what pairing bought, per policy. */
  static List<String> pairingNotes(SweepAnalysis analysis) {
    SweepPlan plan = analysis.plan();
    String name = Metric.CRIMES.id();
    int o = plan.outcomes().indexOf(name);
    List<String> notes = new ArrayList<>();
    for (Contrast c : analysis.contrasts()) {
      if (c.outcome() == o) {
        PairedDifference d = c.difference();
        double paired = square(d.difference().sd());
        double unpaired = square(d.reference().sd()) + square(d.alternative().sd());
        notes.add(String.format(Locale.ROOT, "Variance reduction from pairing, %s, %s vs %s:"
            + " %s (variance of the paired difference %s; independent seeds would give %s;"
            + " variances in (%s) squared)",
            name, plan.points().get(c.point()).values().get(0),
            plan.points().get(c.reference()).values().get(0), num(d.varianceRatio()),
            num(paired), num(unpaired), plan.outcomes().columns().get(o).unit()));
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
