package org.releasesim.output.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
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
import org.releasesim.output.FigurePlot;

/**
 * Per-point time series of an outcome as small multiples: one panel per design point, the mean
 * over replicates as a line and its 95% t interval as a band, every panel on one vertical scale
 * so that panels compare at a glance. A last output interval shorter than the others (the run's
 * end falling inside it) is left out: its count would look like a drop.
 */
final class SeriesCharts {
  /** Most panels in one figure; further design points are named in the caption. */
  static final int MAX_PANELS = 36;
  private static final int PANEL_HEIGHT = 240;

  private SeriesCharts() {}

  static ChartFile draw(Path dir, SweepAnalysis analysis, int outcome) throws IOException {
    SweepPlan plan = analysis.plan();
    OutcomeSpec spec = plan.timeSeries().get(outcome);
    TreeMap<Integer, List<SeriesEstimate>> byPoint = new TreeMap<>();
    for (SeriesEstimate s : analysis.series()) {
      if (s.outcome() == outcome && s.point() < MAX_PANELS) {
        byPoint.computeIfAbsent(s.point(), p -> new ArrayList<>()).add(s);
      }
    }
    double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    List<YIntervalSeries> series = new ArrayList<>();
    boolean droppedPartial = false;
    for (var e : byPoint.entrySet()) {
      List<SeriesEstimate> whole = wholeIntervals(e.getValue());
      droppedPartial |= whole.size() < e.getValue().size();
      YIntervalSeries s = new YIntervalSeries(PointSlice.label(plan,
          plan.points().get(e.getKey()), allFactors(plan)));
      for (SeriesEstimate est : whole) {
        double mean = est.estimate().mean();
        double hw = Double.isNaN(est.estimate().halfWidth()) ? 0 : est.estimate().halfWidth();
        s.add(est.day() / TimeParams.DAYS_PER_YEAR, mean, mean - hw, mean + hw);
        if (Double.isFinite(mean)) {
          range[0] = Math.min(range[0], mean - hw);
          range[1] = Math.max(range[1], mean + hw);
        }
      }
      series.add(s);
    }
    int columns = columns(series.size());
    List<JFreeChart> panels = new ArrayList<>();
    for (YIntervalSeries s : series) {
      panels.add(panel(s, spec, range));
    }
    JFreeChart chart = ChartTheme.chart(spec.column() + " (" + spec.seriesUnit()
        + ") over time, by design point",
        new FigurePlot(panels, columns), false);
    String shown = plan.pointCount() > MAX_PANELS ? " The first " + MAX_PANELS + " of "
        + plan.pointCount() + " design points are drawn (all are in series.csv)." : "";
    String partial = droppedPartial ? " The last output interval, cut short by the end of the"
        + " run, is left out." : "";
    String caption = "Mean of " + spec.column() + " (" + spec.seriesUnit() + ") per output"
        + " interval over " + plan.replications() + " replicates, with its 95% t band; one"
        + " panel per design point, all on the same vertical scale." + shown + partial
        + " Data: series.csv.";
    int rows = FigurePlot.rows(series.size(), columns);
    return SweepImages.write(dir, "series_" + SweepImages.slug(spec.column()), caption, chart,
        SweepChartStyle.WIDTH, Math.max(SweepChartStyle.HEIGHT, 90 + rows * PANEL_HEIGHT));
  }

  /** The intervals of one point's series, without a last one shorter than the rest. */
  static List<SeriesEstimate> wholeIntervals(List<SeriesEstimate> points) {
    if (points.size() < 3) {
      return points;
    }
    int[] gaps = new int[points.size() - 1];
    for (int i = 1; i < points.size(); i++) {
      gaps[i - 1] = points.get(i).day() - points.get(i - 1).day();
    }
    int[] sorted = gaps.clone();
    Arrays.sort(sorted);
    int usual = sorted[sorted.length / 2];
    return gaps[gaps.length - 1] < usual ? points.subList(0, points.size() - 1) : points;
  }

  private static int columns(int panels) {
    return panels <= 1 ? 1 : panels <= 4 ? 2 : panels <= 9 ? 3 : panels <= 16 ? 4 : 6;
  }

  private static JFreeChart panel(YIntervalSeries s, OutcomeSpec spec, double[] range) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(s);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    Color c = (Color) ChartTheme.colour(0);
    renderer.setSeriesPaint(0, c);
    renderer.setSeriesFillPaint(0, c);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setAlpha(0.25f);
    NumberAxis y = ChartTheme.numberAxis(spec.seriesUnit(), true);
    if (range[0] <= range[1]) {
      double pad = Math.max(1e-9, (range[1] - range[0]) * 0.05);
      y.setRange(Math.min(0, range[0] - pad), range[1] + pad);
    }
    y.setLabel(null);
    NumberAxis x = ChartTheme.numberAxis("Years since end of warm-up", false);
    x.setLabel(null);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    ChartTheme.style(plot);
    return ChartTheme.smallPanel(s.getKey().toString(), plot);
  }

  private static List<Integer> allFactors(SweepPlan plan) {
    List<Integer> all = new ArrayList<>();
    for (int f = 0; f < plan.factors().size(); f++) {
      all.add(f);
    }
    return all;
  }
}
