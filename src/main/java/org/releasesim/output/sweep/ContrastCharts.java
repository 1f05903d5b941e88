package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.stats.PairedDifference;
import org.releasesim.experiment.sweep.Contrast;
import org.releasesim.experiment.sweep.Contrasts;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartTheme;

/**
 * Paired contrasts as bars with 95% t intervals: per outcome, each point's difference from its
 * reference; and, across outcomes, the differences relative to the reference mean, so outcomes
 * in different units share one axis.
 */
final class ContrastCharts {
  private ContrastCharts() {}

  /** One outcome's contrasts. */
  static ChartFile outcome(Path dir, SweepPlan plan, List<Contrast> contrasts, int outcome)
      throws IOException {
    OutcomeSpec spec = plan.outcomes().columns().get(outcome);
    int f = Contrasts.factorIndex(plan);
    String reference = plan.factors().get(f).levels().get(0);
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (Contrast c : contrasts) {
      if (c.outcome() == outcome) {
        Estimate d = c.difference().difference();
        BarCharts.add(data, d.mean(), d.halfWidth(), "difference", label(plan, c.point()));
      }
    }
    JFreeChart chart = BarCharts.chart(spec.column() + ": difference from " + reference,
        spec.unit(), data, false);
    String caption = "Paired difference in " + spec.column() + " (" + spec.unit() + ") from "
        + reference + " (the same replicates' seeds), mean and 95% t interval over "
        + plan.replications() + " replicates. Data: contrasts.csv (compare.csv for a comparison).";
    return SweepImages.write(dir, "contrast_" + SweepImages.slug(spec.column()), caption, chart,
        SweepChartStyle.WIDTH, BarCharts.height(data));
  }

  /**
   * Relative differences (percent of the reference mean) for several outcomes. A difference
   * relative to a reference mean of 0 is undefined (an infinite bar would blank the whole chart),
   * so such cells are left out and named in a subtitle and in the caption.
   */
  static ChartFile relative(Path dir, SweepPlan plan, List<Contrast> contrasts,
      List<Integer> outcomes) throws IOException {
    int f = Contrasts.factorIndex(plan);
    String reference = plan.factors().get(f).levels().get(0);
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    UndefinedCells undefined = new UndefinedCells(reference);
    for (Contrast c : contrasts) {
      if (outcomes.contains(c.outcome())) {
        PairedDifference d = c.difference();
        String outcome = plan.outcomes().names().get(c.outcome());
        String point = label(plan, c.point());
        double scale = 100 / d.reference().mean();
        if (!Double.isFinite(scale)) {
          undefined.add(outcome, point, d.reference().mean());
          continue;
        }
        BarCharts.add(data, d.difference().mean() * scale,
            Math.abs(d.difference().halfWidth() * scale), point, outcome);
      }
    }
    JFreeChart chart = BarCharts.chart("Differences from " + reference + ", in percent",
        "% of the " + reference + " mean", data, true);
    String caption = "Paired difference of each outcome from " + reference + ", as a percentage"
        + " of the " + reference + " mean, with 95% t intervals (the reference mean taken as"
        + " exact). Data: contrasts.csv (compare.csv for a comparison).";
    if (!undefined.isEmpty()) {
      String note = undefined.note((int) contrasts.stream()
          .filter(c -> c.outcome() == outcomes.get(0)).count());
      chart.addSubtitle(new TextTitle(note, ChartTheme.LABEL_FONT));
      caption += " " + note + ".";
    }
    return SweepImages.write(dir, "contrasts_relative", caption, chart, SweepChartStyle.WIDTH,
        BarCharts.height(data));
  }

  /** The point's contrast level, and other factors' values where they are not at level one. */
  private static String label(SweepPlan plan, int point) {
    DesignPoint p = plan.points().get(point);
    List<Integer> shown = new ArrayList<>();
    shown.add(Contrasts.factorIndex(plan));
    for (int f = 0; f < plan.factors().size(); f++) {
      List<String> levels = plan.factors().get(f).levels();
      if (!shown.contains(f) && levels.size() > 1 && !p.values().get(f).equals(levels.get(0))) {
        shown.add(f);
      }
    }
    return PointSlice.label(plan, p, shown);
  }
}
