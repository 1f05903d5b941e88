package org.releasesim.output;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.releasesim.output.Grain.Binned;

/**
 * The forms of a run's charts (lines or stacked areas over the recorded years, panels per
 * jurisdiction, figures of several panels); their look is {@link ChartTheme}'s.
 */
final class ChartStyle {
  static final String X_LABEL = "Years since end of warm-up";

  private static final float LINE_WIDTH = 2.5f;
  /** Solid, long dash, short dash, dash-dot. */
  private static final float[][] DASHES = {null, {12f, 5f}, {5f, 4f}, {12f, 4f, 3f, 4f}};
  private static final double PANEL_GAP = 18;
  private static final double LEGEND_BOX = 12;

  private ChartStyle() {}

  /**
   * A chart of one plot: lines, or areas stacked to the total.
   *
   * @param yMax the top of the vertical axis (100 for percentages), or NaN to fit the data
   */
  static JFreeChart single(String title, String yLabel, double yMax, Binned data,
      boolean stacked) {
    XYPlot plot = plot(data, stacked, axis(X_LABEL));
    plot.setRangeAxis(yAxis(yLabel, yMax));
    return chart(title, plot);
  }

  /**
   * Side-by-side panels, one per jurisdiction, sharing the vertical axis so that levels can be
   * compared at a glance; each panel's horizontal axis names its jurisdiction.
   */
  static JFreeChart panels(String title, String yLabel, double yMax,
      Map<String, Binned> byJurisdiction, boolean stacked) {
    return chart(title, combined(yLabel, yMax, byJurisdiction, stacked));
  }

  private static CombinedRangeXYPlot combined(String yLabel, double yMax,
      Map<String, Binned> byJurisdiction, boolean stacked) {
    CombinedRangeXYPlot combined = new CombinedRangeXYPlot(yAxis(yLabel, yMax));
    combined.setGap(PANEL_GAP);
    XYPlot first = null;
    for (Map.Entry<String, Binned> entry : byJurisdiction.entrySet()) {
      NumberAxis xAxis = axis(entry.getKey() + ": years since warm-up");
      XYPlot panel = plot(entry.getValue(), stacked, xAxis);
      combined.add(panel);
      first = first == null ? panel : first;
    }
    if (first != null) {
      combined.setFixedLegendItems(first.getLegendItems());
    }
    return combined;
  }

  /**
   * One panel of a figure of several measures of the same categories.
   *
   * @param title what the panel measures, shown above it
   * @param yLabel its vertical axis label
   * @param yMax the top of its vertical axis, or NaN to fit the data
   * @param byJurisdiction its data, per jurisdiction in order; one entry for a single plot
   */
  record Panel(String title, String yLabel, double yMax, Map<String, Binned> byJurisdiction) {}

  /**
   * Several measures of the same categories (such as victim groups) in one figure, each in a
   * panel with its own title and vertical axis, under one title and one legend (the categories
   * keep their colours and dashes from panel to panel). With one plot per panel the panels stand
   * side by side; with one plot per jurisdiction they stand one above the other, each a row of
   * jurisdictions on a shared vertical scale as in {@link #panels}.
   */
  static JFreeChart figure(String title, List<Panel> panels, boolean stacked) {
    List<JFreeChart> charts = new ArrayList<>();
    boolean rows = false;
    for (Panel panel : panels) {
      XYPlot plot;
      if (panel.byJurisdiction().size() == 1) {
        plot = plot(panel.byJurisdiction().values().iterator().next(), stacked, axis(X_LABEL));
        plot.setRangeAxis(yAxis(panel.yLabel(), panel.yMax()));
      } else {
        plot = combined(panel.yLabel(), panel.yMax(), panel.byJurisdiction(), stacked);
        rows = true;
      }
      charts.add(ChartTheme.panel(panel.title(), plot));
    }
    return chart(title, new FigurePlot(charts, rows));
  }

  /** A display label for a category such as {@code RELEASED_BY_ICE}: "Released by ICE". */
  static String label(String category) {
    if (!category.equals(category.toUpperCase(Locale.ROOT))) {
      return category;
    }
    String words = (" " + category.toLowerCase(Locale.ROOT).replace('_', ' ') + " ")
        .replace(" ice ", " ICE ").strip();
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static JFreeChart chart(String title, Plot plot) {
    return ChartTheme.chart(title, plot, true);
  }

  private static XYPlot plot(Binned data, boolean stacked, NumberAxis xAxis) {
    XYDataset dataset = stacked ? tableDataset(data) : lineDataset(data);
    XYItemRenderer renderer = stacked ? areaRenderer() : lineRenderer();
    for (int i = 0; i < data.values().size(); i++) {
      renderer.setSeriesPaint(i, ChartTheme.colour(i));
    }
    XYPlot plot = new XYPlot(dataset, xAxis, null, renderer);
    ChartTheme.style(plot);
    xAxis.setLowerMargin(0);
    xAxis.setUpperMargin(0.01);
    return plot;
  }

  private static StackedXYAreaRenderer2 areaRenderer() {
    StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
    renderer.setLegendArea(new Rectangle2D.Double(-LEGEND_BOX / 2, -LEGEND_BOX / 2, LEGEND_BOX,
        LEGEND_BOX));
    return renderer;
  }

  /**
   * Lines differ in dash pattern as well as colour, so that lines lying on top of each other,
   * and charts printed in grey, can still be told apart.
   */
  private static XYLineAndShapeRenderer lineRenderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < ChartTheme.colours(); i++) {
      float[] dash = DASHES[i % DASHES.length];
      renderer.setSeriesStroke(i, dash == null
          ? new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
          : new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash,
              0f));
    }
    renderer.setDrawSeriesLineAsPath(true);
    return renderer;
  }

  /** Lines; a NaN (such as a rate with nothing to divide) leaves a gap rather than a zero. */
  private static XYSeriesCollection lineDataset(Binned data) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    data.values().forEach((category, values) -> {
      XYSeries series = new XYSeries(label(category), false, true);
      for (int i = 0; i < values.length; i++) {
        series.add(data.years()[i], Double.isNaN(values[i]) ? null : values[i]);
      }
      dataset.addSeries(series);
    });
    return dataset;
  }

  /** Stacked areas need every series on the same x values, which binning guarantees. */
  private static DefaultTableXYDataset tableDataset(Binned data) {
    DefaultTableXYDataset dataset = new DefaultTableXYDataset();
    data.values().forEach((category, values) -> {
      XYSeries series = new XYSeries(label(category), true, false);
      for (int i = 0; i < values.length; i++) {
        series.add(data.years()[i], Double.isNaN(values[i]) ? 0 : values[i]);
      }
      dataset.addSeries(series);
    });
    return dataset;
  }

  private static NumberAxis yAxis(String label, double max) {
    NumberAxis axis = axis(label);
    axis.setAutoRangeIncludesZero(true);
    if (!Double.isNaN(max)) {
      axis.setRange(0, max);
    }
    return axis;
  }

  private static NumberAxis axis(String label) {
    return ChartTheme.numberAxis(label, true);
  }
}
