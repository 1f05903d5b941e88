package org.releasesim.output.posterior;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.releasesim.experiment.posterior.FittedParameter;
import org.releasesim.experiment.posterior.Generation;
import org.releasesim.experiment.posterior.PosteriorResult;
import org.releasesim.experiment.posterior.Prior;
import org.releasesim.output.ChartImages;
import org.releasesim.output.ChartTheme;

/**
 * The charts of a posterior calibration, in the project's chart theme: for each parameter its
 * prior density against the weighted posterior histogram, and for each pair of parameters the
 * kept particles (weights shown as dot size), which shows the trade-offs the targets leave
 * open (two parameters that can stand in for each other lie along a ridge).
 */
public final class PosteriorCharts {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;
  private static final int BINS = 20;
  private static final int GRID = 200;

  private PosteriorCharts() {}

  /** Writes every chart into {@code dir}. */
  public static void write(Path dir, PosteriorResult r) throws IOException {
    Generation g = r.last();
    List<FittedParameter> ps = r.spec().parameters();
    for (int k = 0; k < ps.size(); k++) {
      marginal(dir, ps.get(k), g, k);
    }
    for (int a = 0; a < ps.size(); a++) {
      for (int b = a + 1; b < ps.size(); b++) {
        pair(dir, ps.get(a), ps.get(b), g, a, b);
      }
    }
  }

  public static String marginalId(String key) {
    return "marginal-" + slug(key);
  }

  public static String pairId(String a, String b) {
    return "pair-" + slug(a) + "--" + slug(b);
  }

  private static void marginal(Path dir, FittedParameter p, Generation g, int k)
      throws IOException {
    Prior prior = p.prior();
    XYSeries priorLine = new XYSeries("Prior density");
    for (int i = 0; i <= GRID; i++) {
      double x = prior.min() + (prior.max() - prior.min()) * i / GRID;
      double d = prior.density(x);
      priorLine.add(x, Double.isFinite(d) ? d : null);
    }
    double[] w = g.normalisedWeights();
    double width = (prior.max() - prior.min()) / BINS;
    double[] mass = new double[BINS];
    for (int i = 0; i < w.length; i++) {
      int bin = (int) Math.min(BINS - 1, Math.max(0,
          Math.floor((g.particles().get(i).value(k) - prior.min()) / width)));
      mass[bin] += w[i];
    }
    XYIntervalSeries histogram = new XYIntervalSeries("Posterior (weighted histogram)");
    for (int b = 0; b < BINS; b++) {
      double low = prior.min() + b * width;
      double density = mass[b] / width;
      histogram.add(low + width / 2, low, low + width, density, 0, density);
    }
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(histogram);
    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setSeriesPaint(0, withAlpha(ChartTheme.colour(0), 150));
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, ChartTheme.colour(1));
    line.setSeriesStroke(0, new BasicStroke(2.5f));
    XYPlot plot = new XYPlot(bars, axis(p.key(), false), axis("Density", true), barRenderer);
    plot.setDataset(1, new XYSeriesCollection(priorLine));
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    style(plot);
    ChartImages.write(dir, marginalId(p.key()), "Prior and posterior of " + p.key(),
        "Prior density (line) and the weighted histogram of the final particles (bars) of "
            + p.key() + ".", chart("Prior and posterior: " + p.key(), plot), WIDTH, HEIGHT);
  }

  private static void pair(Path dir, FittedParameter pa, FittedParameter pb, Generation g,
      int a, int b) throws IOException {
    double[] w = g.normalisedWeights();
    double n = w.length;
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    // one series per particle, so that each dot's size can follow its weight
    for (int i = 0; i < w.length; i++) {
      XYSeries s = new XYSeries("particle " + i);
      s.add(g.particles().get(i).value(a), g.particles().get(i).value(b));
      data.addSeries(s);
      double size = 4 + 8 * Math.sqrt(Math.min(4, w[i] * n));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
      renderer.setSeriesPaint(i, withAlpha(ChartTheme.colour(0), 140));
    }
    XYPlot plot = new XYPlot(data, axis(pa.key(), false), axis(pb.key(), false), renderer);
    span((NumberAxis) plot.getDomainAxis(), pa.prior());
    span((NumberAxis) plot.getRangeAxis(), pb.prior());
    style(plot);
    JFreeChart chart = chart(pa.key() + " against " + pb.key(), plot);
    chart.removeLegend();
    ChartImages.write(dir, pairId(pa.key(), pb.key()), pa.key() + " against " + pb.key(),
        "The final particles; a dot's area follows its weight; the axes span the priors.",
        chart, WIDTH, HEIGHT);
  }

  /**
   * The axis spans the prior's support, about eight ticks across (JFreeChart's own choice
   * crowds the labels of a fixed range).
   */
  private static void span(NumberAxis axis, Prior prior) {
    axis.setRange(prior.min(), prior.max());
    NumberTickUnitSource units = new NumberTickUnitSource(false,
        java.text.NumberFormat.getNumberInstance(Locale.US));
    axis.setTickUnit((NumberTickUnit) units.getCeilingTickUnit((prior.max() - prior.min()) / 8));
  }

  private static NumberAxis axis(String label, boolean includeZero) {
    return ChartTheme.numberAxis(label, includeZero);
  }

  private static void style(XYPlot plot) {
    ChartTheme.style(plot);
  }

  private static JFreeChart chart(String title, XYPlot plot) {
    return ChartTheme.chart(title, plot, true);
  }

  private static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  private static String slug(String key) {
    return key.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
