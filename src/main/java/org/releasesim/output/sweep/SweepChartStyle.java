package org.releasesim.output.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.releasesim.output.ChartTheme;

/**
 * The look of the sweep charts, matching the run charts: white background, large sans-serif
 * type, the Okabe-Ito palette (Okabe and Ito 2008, readable with any common colour-vision
 * deficiency), and US number formats on the axes whatever the machine's locale.
 */
final class SweepChartStyle {
  static final int WIDTH = 1000;
  static final int HEIGHT = 560;

  private SweepChartStyle() {}

  /** The series colour {@code i}, cycling through the palette. */
  static Paint colour(int i) {
    return ChartTheme.colour(i);
  }

  /** A chart around a plot, with the legend at the bottom (or none). */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    LegendTitle l = chart.getLegend();
    if (l != null) {
      l.setItemFont(ChartTheme.LEGEND_FONT);
      l.setPosition(RectangleEdge.BOTTOM);
      l.setFrame(BlockBorder.NONE);
      l.setBackgroundPaint(Color.WHITE);
    }
    return chart;
  }

  static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(ChartTheme.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    CategoryAxis axis = plot.getDomainAxis();
    axis.setLabelFont(ChartTheme.LABEL_FONT);
    axis.setTickLabelFont(ChartTheme.TICK_FONT);
    axis.setMaximumCategoryLabelLines(3);
  }

  static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(ChartTheme.GRID);
    plot.setRangeGridlinePaint(ChartTheme.GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
  }

  /** A number axis with our fonts and US-formatted ticks. */
  static NumberAxis numberAxis(String label, boolean includeZero) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(ChartTheme.LABEL_FONT);
    axis.setTickLabelFont(ChartTheme.TICK_FONT);
    axis.setAutoRangeIncludesZero(includeZero);
    axis.setStandardTickUnits(new NumberTickUnitSource(false,
        NumberFormat.getNumberInstance(Locale.US)));
    return axis;
  }

  static CategoryAxis categoryAxis(String label) {
    CategoryAxis axis = new CategoryAxis(label);
    axis.setLabelFont(ChartTheme.LABEL_FONT);
    axis.setTickLabelFont(ChartTheme.TICK_FONT);
    return axis;
  }

  /** A number for a label inside a chart: thousands separated, about four digits shown. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double a = Math.abs(v);
    String pattern = a >= 100 ? "#,##0" : a >= 1 ? "0.##" : "0.####";
    return new java.text.DecimalFormat(pattern,
        java.text.DecimalFormatSymbols.getInstance(Locale.US)).format(v);
  }

  /** A short display name for a factor: the last part of its key path. */
  static String shortName(String factor) {
    int dot = factor.lastIndexOf('.');
    return dot < 0 ? factor : factor.substring(dot + 1);
  }
}
