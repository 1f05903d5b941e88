package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartTheme;

/**
 * Outcome against one factor's levels, with 95% t intervals as error bars, one line per level of
 * a second factor (the policy, where there is one): the main chart of a factorial sweep.
 */
final class FactorCharts {
  private FactorCharts() {}

  /**
   * @param factor the factor on the horizontal axis
   * @param lines the factor drawn as separate lines, or -1 for one line
   */
  static ChartFile draw(Path dir, SweepAnalysis analysis, int outcome, int factor, int lines)
      throws IOException {
    SweepPlan plan = analysis.plan();
    List<Integer> free = lines < 0 ? List.of(factor) : List.of(factor, lines);
    OutcomeSpec spec = plan.outcomes().columns().get(outcome);
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (DesignPoint p : PointSlice.of(plan, free)) {
      Estimate e = analysis.points().get(p.index()).get(outcome);
      String series = lines < 0 ? spec.column() : p.values().get(lines);
      BarCharts.add(data, e.mean(), e.halfWidth(), series, p.values().get(factor));
    }
    String factorName = SweepChartStyle.shortName(plan.factors().get(factor).name());
    StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(true, true);
    for (int s = 0; s < data.getRowCount(); s++) {
      renderer.setSeriesPaint(s, ChartTheme.colour(s));
    }
    renderer.setErrorIndicatorPaint(null);
    CategoryPlot plot = new CategoryPlot(data, ChartTheme.categoryAxis(factorName),
        ChartTheme.numberAxis(spec.unit(), false), renderer);
    ChartTheme.style(plot);
    JFreeChart chart = ChartTheme.chart(spec.column() + " by " + factorName, plot,
        lines >= 0);
    String by = lines < 0 ? "" : ", one line per "
        + SweepChartStyle.shortName(plan.factors().get(lines).name());
    String caption = "Mean of " + spec.column() + " (" + spec.unit() + ") over "
        + plan.replications() + " replicates per point, with 95% t intervals, by " + factorName
        + by + "." + PointSlice.heldAt(plan, free) + " Data: points.csv.";
    String id = "factor_" + SweepImages.slug(spec.column()) + "_by_" + SweepImages.slug(
        factorName);
    return SweepImages.write(dir, id, caption, chart, SweepChartStyle.WIDTH,
        SweepChartStyle.HEIGHT);
  }

  /** Which factor pairs to chart: every factor with several levels, lines by the contrast one. */
  static List<int[]> choices(SweepPlan plan, int contrastFactor) {
    List<int[]> result = new ArrayList<>();
    for (int f = 0; f < plan.factors().size(); f++) {
      if (plan.factors().get(f).levels().size() < 2) {
        continue;
      }
      boolean byContrast = f != contrastFactor
          && plan.factors().get(contrastFactor).levels().size() > 1
          && plan.factors().get(contrastFactor).levels().size() <= ChartTheme.colours();
      result.add(new int[] {f, byContrast ? contrastFactor : -1});
    }
    return result;
  }
}
