package org.releasesim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.releasesim.experiment.compare.CompareSweep;
import org.releasesim.experiment.compare.PosteriorContrast;
import org.releasesim.experiment.compare.PosteriorEffect;
import org.releasesim.experiment.compare.Threshold;
import org.releasesim.experiment.compare.VarianceSplit;
import org.releasesim.experiment.sweep.RunTable;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.ChartFile;
import org.releasesim.output.sweep.PosteriorCharts;
import org.releasesim.output.sweep.PosteriorCsv;

/**
 * The posterior part of {@code compare --posterior}: once every run is done, the effects over
 * the draws are computed from runs.csv, written to posterior-contrasts.csv and draws.csv with
 * their charts, and summed up in sentences for the report and the console.
 */
public final class PosteriorComparison implements SweepCompareRounds.FurtherAnalysis {
  private static final String UNIT = "unit (of mean and interval)";
  private final CompareSweep sweep;
  private final Map<String, Threshold> thresholds;
  private List<PosteriorEffect> effects = List.of();

  public PosteriorComparison(CompareSweep sweep, Map<String, Threshold> thresholds) {
    this.sweep = sweep;
    this.thresholds = Map.copyOf(thresholds);
  }

  @Override
  public SweepCompareRounds.Written write(SweepPlan plan, RunTable table, Path dir)
      throws IOException {
    // the final plan: adaptive rounds are refused with --posterior, but it is the one that ran
    effects = PosteriorContrast.of(sweep.withReplications(plan.replications()), plan, table,
        thresholds);
    PosteriorCsv.writeContrasts(dir.resolve(PosteriorCsv.CONTRASTS), effects);
    PosteriorCsv.writeDraws(dir.resolve(PosteriorCsv.DRAWS), sweep.draws(), effects);
    List<ChartFile> charts = PosteriorCharts.draw(dir, effects, sweep.draws());
    return new SweepCompareRounds.Written(notes(), charts,
        List.of(PosteriorCsv.CONTRASTS, PosteriorCsv.DRAWS));
  }

  /** One sentence per effect, and one per threshold. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    for (PosteriorEffect e : effects) {
      VarianceSplit s = e.split();
      notes.add(String.format(Locale.ROOT, "Over the posterior (%d draws \u00d7 %d replicates),"
          + " %s changes %s by %s %s on average against %s, 95%% credible interval [%s, %s]"
          + " (quantiles of the draw-level mean effects, which still hold run-to-run noise: %s"
          + " of their variance). Of the effect's variance, %s is due to the parameters and %s"
          + " to run-to-run noise%s.", s.draws(), s.replicates(), e.policy(), e.outcome(),
          num(e.mean()), e.unit(), e.reference(), num(e.low()), num(e.high()),
          percent(s.noiseInDrawMeans()), percent(s.parameterShare()), percent(s.noiseShare()),
          s.clamped() ? " (the between-draw variance was smaller than the noise alone would"
              + " give, so the parameters' variance was set to 0)" : ""));
      if (e.sentence() != null) {
        notes.add(e.sentence());
      }
    }
    return notes;
  }

  /** The console table, then the probability sentences. */
  public void print(PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"outcome", "policy", "mean effect", "95% credible interval",
        "parameters", "noise", "P(> threshold)", UNIT});
    for (PosteriorEffect e : effects) {
      rows.add(new String[] {e.outcome(), e.policy(), num(e.mean()),
          "[" + num(e.low()) + ", " + num(e.high()) + "]",
          percent(e.split().parameterShare()) + (e.split().clamped() ? "*" : ""),
          percent(e.split().noiseShare()), e.threshold() == null ? "-"
              : String.format(Locale.ROOT, "%.2f (%s)", e.probability(), e.threshold().text()),
          e.unit()});
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean text = i <= 1 || i == 3 || i == row.length - 1;
        line.append(i == row.length - 1 ? row[i] : String.format(Locale.ROOT,
            "%" + (text ? "-" : "") + width[i] + "s  ", row[i]));
      }
      out.println(line.toString().stripTrailing());
    }
    if (effects.stream().anyMatch(e -> e.split().clamped())) {
      out.println("* the between-draw variance was below what noise alone gives; the"
          + " parameters' share was set to 0.");
    }
    out.println("Parameters and noise: shares of the effect's variance by the law of total"
        + " variance (Var = E[Var | draw] + Var(E | draw)).");
    effects.stream().map(PosteriorEffect::sentence).filter(s -> s != null)
        .forEach(out::println);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
