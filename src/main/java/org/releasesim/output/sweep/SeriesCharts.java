package org.releasesim.output.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SeriesEstimate;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.model.param.TimeParams;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartTheme;

/**
 * Per-point time series of an outcome: the mean over replicates as a line, its 95% t interval
 * as a shaded band. At most as many points as the palette has colours are drawn.
 */
final class SeriesCharts {
  private SeriesCharts() {}

  static ChartFile draw(Path dir, SweepAnalysis analysis, int outcome) throws IOException {
    SweepPlan plan = analysis.plan();
    OutcomeSpec spec = plan.timeSeries().get(outcome);
    Map<Integer, YIntervalSeries> byPoint = new LinkedHashMap<>();
    for (SeriesEstimate s : analysis.series()) {
      if (s.outcome() != outcome || s.point() >= ChartTheme.colours()) {
        continue;
      }
      YIntervalSeries series = byPoint.computeIfAbsent(s.point(), p -> new YIntervalSeries(
          PointSlice.label(plan, plan.points().get(p), allFactors(plan))));
      double hw = Double.isNaN(s.estimate().halfWidth()) ? 0 : s.estimate().halfWidth();
      series.add(s.day() / TimeParams.DAYS_PER_YEAR, s.estimate().mean(),
          s.estimate().mean() - hw, s.estimate().mean() + hw);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    byPoint.values().forEach(data::addSeries);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      Color c = (Color) SweepChartStyle.colour(i);
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c);
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    renderer.setAlpha(0.2f);
    XYPlot plot = new XYPlot(data, SweepChartStyle.numberAxis("Years since end of warm-up",
        false), SweepChartStyle.numberAxis(spec.seriesUnit(), true),
        renderer);
    SweepChartStyle.style(plot);
    JFreeChart chart = SweepChartStyle.chart(spec.column() + " over time", plot, true);
    String shown = plan.pointCount() > ChartTheme.colours()
        ? " The first " + ChartTheme.colours() + " design points are drawn." : "";
    String caption = "Mean of " + spec.column() + " per output interval over " + plan
        .replications() + " replicates per design point, with 95% t bands." + shown
        + " Data: series.csv.";
    return SweepImages.write(dir, "series_" + SweepImages.slug(spec.column()), caption, chart,
        SweepChartStyle.WIDTH, SweepChartStyle.HEIGHT);
  }

  private static List<Integer> allFactors(SweepPlan plan) {
    List<Integer> all = new ArrayList<>();
    for (int f = 0; f < plan.factors().size(); f++) {
      all.add(f);
    }
    return all;
  }
}
