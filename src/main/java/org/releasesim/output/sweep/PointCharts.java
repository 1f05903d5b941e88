package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.ChartFile;

/**
 * An outcome at every listed design point, as bars with 95% t intervals: the chart of a points
 * design, whose factors move together so that no one factor can be charted alone.
 */
final class PointCharts {
  /** Beyond this many points the bars would be unreadable; points.csv has them all. */
  static final int MAX_POINTS = 60;

  private PointCharts() {}

  static ChartFile draw(Path dir, SweepAnalysis analysis, int outcome) throws IOException {
    SweepPlan plan = analysis.plan();
    OutcomeSpec spec = plan.outcomes().columns().get(outcome);
    List<Integer> all = new ArrayList<>();
    for (int f = 0; f < plan.factors().size(); f++) {
      all.add(f);
    }
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (DesignPoint p : plan.points()) {
      Estimate e = analysis.points().get(p.index()).get(outcome);
      BarCharts.add(data, e.mean(), e.halfWidth(), spec.column(),
          p.index() + ": " + PointSlice.label(plan, p, all));
    }
    JFreeChart chart = BarCharts.chart(spec.column() + " by design point", spec.unit(), data,
        false);
    String caption = "Mean of " + spec.column() + " (" + spec.unit() + ") at each design point,"
        + " with 95% t intervals over " + plan.replications() + " replicates. Data: points.csv.";
    return SweepImages.write(dir, "points_" + SweepImages.slug(spec.column()), caption, chart,
        SweepChartStyle.WIDTH, BarCharts.height(data));
  }
}
