package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.sweep.Contrasts;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.ChartFile;

/**
 * Chooses and draws a sweep's charts from its analysis, for the primary outcomes: outcome by
 * factor with intervals and a heatmap of two factors (factorial designs), outcome by point
 * (points designs), paired contrasts (paired sweeps), Morris or Sobol indices, scatter plots
 * (Latin hypercube), and time series with bands.
 */
public final class SweepCharts {
  public static final String DIR = "charts";
  /** Above this many contrasts per outcome, the cross-outcome chart would be unreadable. */
  private static final int MAX_RELATIVE_BARS = 8;

  private SweepCharts() {}

  /** Draws every chart into {@code <dir>/charts/}, returning them in report order. */
  public static List<ChartFile> draw(Path dir, SweepAnalysis analysis) throws IOException {
    Path charts = Files.createDirectories(dir.resolve(DIR));
    SweepPlan plan = analysis.plan();
    List<ChartFile> files = new ArrayList<>();
    String type = plan.design().type();
    for (int o : plan.outcomes().primary()) {
      if (type.equals("points") && plan.pointCount() <= PointCharts.MAX_POINTS) {
        files.add(PointCharts.draw(charts, analysis, o));
      } else if (type.equals("factorial")) {
        int contrast = Contrasts.factorIndex(plan);
        for (int[] choice : FactorCharts.choices(plan, contrast)) {
          files.add(FactorCharts.draw(charts, analysis, o, choice[0], choice[1]));
        }
        int[] pair = heatmapPair(plan, contrast);
        if (pair != null) {
          files.add(Heatmaps.draw(charts, analysis, o, pair[0], pair[1]));
        }
      } else if (type.equals("latin-hypercube")) {
        for (int f = 0; f < plan.factors().size(); f++) {
          if (plan.factors().get(f).numeric()) {
            files.add(ScatterCharts.draw(charts, analysis, o, f));
          }
        }
      }
    }
    files.addAll(contrastCharts(charts, analysis));
    files.addAll(indexCharts(charts, analysis));
    for (int s = 0; s < plan.timeSeries().size(); s++) {
      files.add(SeriesCharts.draw(charts, analysis, s));
    }
    return files;
  }

  /** Paired contrasts per primary outcome, and across outcomes where they fit one chart. */
  static List<ChartFile> contrastCharts(Path charts, SweepAnalysis analysis) throws IOException {
    List<ChartFile> files = new ArrayList<>();
    SweepPlan plan = analysis.plan();
    if (analysis.contrasts().isEmpty()) {
      return files;
    }
    for (int o : plan.outcomes().primary()) {
      files.add(ContrastCharts.outcome(charts, plan, analysis.contrasts(), o));
    }
    long perOutcome = analysis.contrasts().stream().filter(c -> c.outcome() == 0).count();
    if (perOutcome <= MAX_RELATIVE_BARS) {
      files.add(ContrastCharts.relative(charts, plan, analysis.contrasts(),
          plan.outcomes().primary()));
    }
    return files;
  }

  private static List<ChartFile> indexCharts(Path charts, SweepAnalysis analysis)
      throws IOException {
    List<ChartFile> files = new ArrayList<>();
    SweepPlan plan = analysis.plan();
    for (int o : plan.outcomes().primary()) {
      if (!analysis.morris().isEmpty()) {
        files.add(IndexCharts.morris(charts, plan.outcomes().columns().get(o),
            analysis.morris().get(o)));
      }
      if (!analysis.sobol().isEmpty()) {
        files.add(IndexCharts.sobol(charts, plan.outcomes().columns().get(o),
            analysis.sobol().get(o)));
      }
    }
    return files;
  }

  /** Two factors with several levels for a heatmap, preferring ones other than the contrast. */
  private static int[] heatmapPair(SweepPlan plan, int contrast) {
    List<Integer> candidates = new ArrayList<>();
    List<Factor> factors = plan.factors();
    for (int f = 0; f < factors.size(); f++) {
      if (factors.get(f).levels().size() > 1) {
        candidates.add(f);
      }
    }
    if (candidates.size() > 2) {
      candidates.remove(Integer.valueOf(contrast));
    }
    return candidates.size() < 2 ? null : new int[] {candidates.get(0), candidates.get(1)};
  }
}
