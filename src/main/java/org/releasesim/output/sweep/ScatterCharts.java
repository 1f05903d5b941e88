package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartTheme;

/**
 * Outcome against a sampled factor (Latin hypercube designs): one dot per design point at the
 * point's mean, with its 95% t interval when there are replicates.
 */
final class ScatterCharts {
  private ScatterCharts() {}

  static ChartFile draw(Path dir, SweepAnalysis analysis, int outcome, int factor)
      throws IOException {
    Factor f = analysis.plan().factors().get(factor);
    OutcomeSpec spec = analysis.plan().outcomes().columns().get(outcome);
    YIntervalSeries series = new YIntervalSeries(spec.column());
    for (DesignPoint p : analysis.plan().points()) {
      Estimate e = analysis.points().get(p.index()).get(outcome);
      double hw = Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth();
      series.add(Double.parseDouble(p.values().get(factor)), e.mean(), e.mean() - hw,
          e.mean() + hw);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setSeriesPaint(0, ChartTheme.colour(0));
    renderer.setDefaultLinesVisible(false);
    String name = SweepChartStyle.shortName(f.name());
    XYPlot plot = new XYPlot(data, ChartTheme.numberAxis(name, false),
        ChartTheme.numberAxis(spec.unit(), false), renderer);
    ChartTheme.style(plot);
    JFreeChart chart = ChartTheme.chart(spec.column() + " against " + name, plot, false);
    String caption = "Mean of " + spec.column() + " (" + spec.unit() + ") at each sampled"
        + " design point against " + f.name() + ", with 95% t intervals over "
        + analysis.plan().replications() + " replicates (none with one). Data: points.csv.";
    return SweepImages.write(dir, "scatter_" + SweepImages.slug(spec.column()) + "_"
        + SweepImages.slug(name), caption, chart, SweepChartStyle.WIDTH, SweepChartStyle.HEIGHT);
  }
}
