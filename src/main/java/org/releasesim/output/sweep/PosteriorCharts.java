package org.releasesim.output.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.releasesim.experiment.compare.PosteriorDraws;
import org.releasesim.experiment.compare.PosteriorEffect;
import org.releasesim.experiment.compare.Threshold;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartTheme;

/**
 * The charts of a comparison over a posterior, per policy and primary outcome: the distribution
 * of the draw-level effects (a histogram, 0 and the threshold marked; in percent of the
 * reference mean when the threshold is relative), and the draw-level effect against the
 * posterior parameters that go with it most strongly (by |Spearman rank correlation|).
 */
public final class PosteriorCharts {
  private PosteriorCharts() {}

  /** Draws every chart into {@code <dir>/charts/}, in report order. */
  public static List<ChartFile> draw(Path dir, List<PosteriorEffect> effects,
      PosteriorDraws draws) throws IOException {
    Path charts = Files.createDirectories(dir.resolve(SweepCharts.DIR));
    List<ChartFile> files = new ArrayList<>();
    for (PosteriorEffect e : effects) {
      files.add(histogram(charts, e));
      if (!e.influence().isEmpty()) {
        files.add(scatter(charts, e, draws));
      }
    }
    return files;
  }

  private static String stem(PosteriorEffect e) {
    return SweepImages.slug(e.policy()) + "_" + SweepImages.slug(e.outcome());
  }

  static ChartFile histogram(Path dir, PosteriorEffect e) throws IOException {
    Threshold t = e.threshold();
    boolean relative = t != null && t.relative();
    double[] values = new double[e.draws().size()];
    for (int i = 0; i < values.length; i++) {
      PosteriorEffect.DrawEffect d = e.draws().get(i);
      values[i] = relative ? 100 * d.meanEffect() / d.referenceMean() : d.meanEffect();
    }
    double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    HistogramDataset data = new HistogramDataset();
    if (finite.length > 0) {
      double min = java.util.Arrays.stream(finite).min().orElse(0);
      double max = java.util.Arrays.stream(finite).max().orElse(0);
      if (min == max) {
        min -= 0.5;
        max += 0.5;
      }
      int bins = Math.max(5, Math.min(40, (int) Math.ceil(Math.sqrt(finite.length))));
      data.addSeries("draws", finite, bins, min, max);
    }
    XYBarRenderer renderer = new XYBarRenderer(0.05);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, ChartTheme.colour(0));
    String axis = relative ? "effect, % of " + e.reference() + "'s mean" : "effect (" + e.unit()
        + ")";
    NumberAxis counts = ChartTheme.numberAxis("draws", true);
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    XYPlot plot = new XYPlot(data, ChartTheme.numberAxis(axis, true), counts, renderer);
    ChartTheme.style(plot);
    if (finite.length > 0) {
      // the markers are drawn only within the axis, so it spans them too
      double lo = Math.min(0, java.util.Arrays.stream(finite).min().orElse(0));
      double hi = Math.max(0, java.util.Arrays.stream(finite).max().orElse(0));
      if (t != null) {
        lo = Math.min(lo, t.value());
        hi = Math.max(hi, t.value());
      }
      double pad = hi > lo ? (hi - lo) * 0.05 : 1;
      plot.getDomainAxis().setRange(lo - pad, hi + pad);
    }
    plot.addDomainMarker(marker(0, "0", Color.DARK_GRAY));
    if (t != null) {
      plot.addDomainMarker(marker(t.value(), "threshold " + t.text(), new Color(0xD55E00)));
    }
    String title = e.outcome() + ": " + e.policy() + " - " + e.reference() + " over the"
        + " posterior";
    JFreeChart chart = ChartTheme.chart(title, plot, false);
    chart.addSubtitle(ChartTheme.subtitle(String.format(Locale.ROOT, "%d draws x %d replicates;"
        + " mean %s, 95%% credible interval [%s, %s] (%s)%s", e.split().draws(),
        e.split().replicates(), SweepChartStyle.number(e.mean()),
        SweepChartStyle.number(e.low()), SweepChartStyle.number(e.high()), e.unit(),
        t == null ? "" : String.format(Locale.ROOT, "; P(effect > %s) = %.2f", t.text(),
            e.probability()))));
    String caption = "Distribution over the posterior draws of the mean paired effect of "
        + e.policy() + " against " + e.reference() + " on " + e.outcome() + " ("
        + (relative ? "in percent of " + e.reference() + "'s mean at the same draw"
        : e.unit()) + "), each the mean over " + e.split().replicates() + " replicates, so it"
        + " still holds some run-to-run noise; 0 and the threshold are marked. Data: "
        + PosteriorCsv.DRAWS + ".";
    return SweepImages.write(dir, "posterior_effect_" + stem(e), caption, chart,
        SweepChartStyle.WIDTH, SweepChartStyle.HEIGHT);
  }

  private static ValueMarker marker(double at, String label, Color colour) {
    ValueMarker m = new ValueMarker(at, colour, new BasicStroke(2f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    m.setLabel(label);
    m.setLabelFont(ChartTheme.TICK_FONT);
    m.setLabelPaint(colour);
    m.setLabelBackgroundColor(Color.WHITE);
    // the label sits left of its line, so a threshold at the right edge still shows it
    m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    return m;
  }

  static ChartFile scatter(Path dir, PosteriorEffect e, PosteriorDraws draws)
      throws IOException {
    List<PosteriorEffect.Influence> top = e.influence().subList(0,
        Math.min(3, e.influence().size()));
    CombinedRangeXYPlot combined = new CombinedRangeXYPlot(
        ChartTheme.numberAxis("effect (" + e.unit() + ")", true));
    combined.setGap(18);
    List<String> keys = draws.posterior().keys();
    for (PosteriorEffect.Influence i : top) {
      int k = keys.indexOf(i.key());
      XYSeries series = new XYSeries(i.key(), false, true);
      for (PosteriorEffect.DrawEffect d : e.draws()) {
        series.add((double) draws.particle(d.draw()).values().get(k), d.meanEffect());
      }
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
      renderer.setSeriesPaint(0, ChartTheme.colour(0));
      renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
      String label = SweepChartStyle.shortName(i.key()) + " (rho " + (Double.isNaN(
          i.spearman()) ? "undefined" : String.format(Locale.ROOT, "%.2f", i.spearman())) + ")";
      XYPlot plot = new XYPlot(new XYSeriesCollection(series),
          ChartTheme.numberAxis(label, false), null, renderer);
      ChartTheme.style(plot);
      plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
      combined.add(plot, 1);
    }
    ChartTheme.style(combined);
    JFreeChart chart = ChartTheme.chart(e.outcome() + ": effect of " + e.policy()
        + " against the most influential parameters", combined, false);
    chart.addSubtitle(ChartTheme.subtitle("Parameters ranked by |Spearman rank correlation| of"
        + " their value with the draw-level effect; one dot per draw"));
    String caption = "The mean paired effect of " + e.policy() + " against " + e.reference()
        + " on " + e.outcome() + " (" + e.unit() + ") at each posterior draw, against the"
        + " values of the " + top.size() + " posterior parameter" + (top.size() == 1 ? "" : "s")
        + " whose values have the largest absolute Spearman rank correlation with it (rho in"
        + " each axis label). Data: " + PosteriorCsv.DRAWS + ".";
    return SweepImages.write(dir, "posterior_scatter_" + stem(e), caption, chart,
        SweepChartStyle.WIDTH, SweepChartStyle.HEIGHT);
  }
}
