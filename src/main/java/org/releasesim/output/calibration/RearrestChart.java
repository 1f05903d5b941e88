package org.releasesim.output.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.releasesim.experiment.calibration.Measurements;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.ChartTheme;

/**
 * The simulated cumulative re-arrest curve of the prison-release cohort (mean over replications,
 * with its 95% band) against the published BJS points, as a PNG; colours from the Okabe-Ito
 * palette used by every chart of the project.
 */
final class RearrestChart {
  static final int WIDTH = 900;
  static final int HEIGHT = 560;
  // the theme's blue and its lighter blue for the model, two others for the published cohorts
  private static final Color SIMULATED = ChartTheme.colour(0);
  private static final Color BAND = ChartTheme.colour(4);
  private static final Color COHORT_2005 = ChartTheme.colour(1);
  private static final Color COHORT_2008 = ChartTheme.colour(2);
  private static final double MARKER = 11;
  /** A little past 10 years, so the last published point is not cut in half. */
  private static final double X_MAX = 10.3;

  /** BJS 2005 cohort (NCJ 244205, NCJ 250975): years since release, percent re-arrested. */
  static final double[][] BJS_2005 = {{0.5, 28.2}, {1, 43.4}, {3, 67.8}, {5, 76.6}, {6, 79},
      {9, 83}};
  /** BJS 2008 cohort (NCJ 256094): years since release, percent re-arrested. */
  static final double[][] BJS_2008 = {{1, 43}, {3, 66}, {10, 82}};

  private RearrestChart() {}

  /** Writes the chart to {@code png}, replacing it atomically. */
  static void write(Path png, List<Estimate> curve, int replications) throws IOException {
    JFreeChart chart = chart(curve, replications);
    Files.createDirectories(png.toAbsolutePath().getParent());
    AtomicFiles.writeStream(png, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
  }

  static JFreeChart chart(List<Estimate> curve, int replications) {
    NumberAxis x = axis("Years since release from prison");
    x.setRange(0, X_MAX);
    NumberAxis y = axis("Re-arrested at least once (%)");
    y.setRange(0, 100);
    y.setTickUnit(new NumberTickUnit(10));
    XYPlot plot = new XYPlot(simulated(curve, replications), x, y, band());
    plot.setDataset(1, published());
    plot.setRenderer(1, markers());
    ChartTheme.style(plot);
    JFreeChart chart = ChartTheme.chart("Prison-release cohort: cumulative re-arrest", plot,
        true);
    chart.addSubtitle(ChartTheme.subtitle("Simulated: mean of " + replications
        + " replications with 95% band. Published: BJS state prisoners released in 2005 and"
        + " 2008."));
    return chart;
  }

  private static YIntervalSeriesCollection simulated(List<Estimate> curve, int replications) {
    YIntervalSeries series = new YIntervalSeries("Simulated (" + replications
        + " replications)");
    double[] days = Measurements.curveDays();
    for (int i = 0; i < curve.size(); i++) {
      Estimate e = curve.get(i);
      double half = Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth();
      series.add(days[i] / org.releasesim.model.param.TimeParams.DAYS_PER_YEAR, 100 * e.mean(),
          100 * (e.mean() - half), 100 * (e.mean() + half));
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    return data;
  }

  private static XYSeriesCollection published() {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(points("BJS 2005 cohort (30 states)", BJS_2005));
    data.addSeries(points("BJS 2008 cohort (24 states)", BJS_2008));
    return data;
  }

  private static XYSeries points(String name, double[][] xy) {
    XYSeries s = new XYSeries(name);
    for (double[] p : xy) {
      s.add(p[0], p[1]);
    }
    return s;
  }

  private static DeviationRenderer band() {
    DeviationRenderer r = new DeviationRenderer(true, false);
    r.setSeriesPaint(0, SIMULATED);
    r.setSeriesFillPaint(0, BAND);
    r.setSeriesStroke(0, new BasicStroke(2.5f));
    r.setAlpha(0.35f);
    return r;
  }

  private static XYLineAndShapeRenderer markers() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    r.setSeriesPaint(0, COHORT_2005);
    r.setSeriesPaint(1, COHORT_2008);
    r.setSeriesShape(0, new Ellipse2D.Double(-MARKER / 2, -MARKER / 2, MARKER, MARKER));
    r.setSeriesShape(1, new Rectangle2D.Double(-MARKER / 2, -MARKER / 2, MARKER, MARKER));
    return r;
  }

  private static NumberAxis axis(String label) {
    return ChartTheme.numberAxis(label, true);
  }
}
