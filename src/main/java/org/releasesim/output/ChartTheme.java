package org.releasesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: run charts, sweep and comparison charts, the calibration report's
 * chart and the GUI's live charts. White background, a light grid, large sans-serif type (smaller
 * on screen, where a chart shares a window with others), the Okabe-Ito palette (Okabe and Ito
 * 2008, "Color Universal Design"), which readers with any common colour-vision deficiency can
 * tell apart, its yellow last because it is hard to see on white; and US number formats on the
 * axes whatever the machine's locale, to match the English text. Charts are styled only here
 * (an architecture test holds every other class to it).
 */
public final class ChartTheme {
  public static final Color GRID = new Color(0xDDDDDD);
  public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  public static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  /** Numbers written inside a plot, such as a heatmap's cells. */
  public static final Font ANNOTATION_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  /** Titles of small multiples: many small panels in one image. */
  private static final Font SMALL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  /**
   * Type sizes on screen relative to a page: small enough that the title, the axis labels and a
   * legend of seven lines fit one of the GUI's chart cells (a long legend would leave the plot
   * too short for its axis label, which then runs into the title).
   */
  private static final float SCREEN_SCALE = 0.8f;

  private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00),
      new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xE69F00),
      new Color(0x000000), new Color(0xF0E442)};

  private ChartTheme() {}

  /** Series colour {@code i}, cycling through the palette. */
  public static Color colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  /** How many distinct colours the palette has. */
  public static int colours() {
    return PALETTE.length;
  }

  /** A chart around a plot, with the legend at the bottom (or none), for a file or a page. */
  public static JFreeChart chart(String title, Plot plot, boolean legend) {
    return chart(title, TITLE_FONT, plot, legend);
  }

  /** A chart that is one panel of a figure: its title smaller than the figure's. */
  public static JFreeChart panel(String title, Plot plot) {
    return chart(title, PANEL_TITLE_FONT, plot, false);
  }

  /** A chart that is one of many small multiples: a small plain title, no legend. */
  public static JFreeChart smallPanel(String title, Plot plot) {
    return chart(title, SMALL_TITLE_FONT, plot, false);
  }

  private static JFreeChart chart(String title, Font font, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, font, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    LegendTitle l = chart.getLegend();
    if (l != null) {
      l.setItemFont(LEGEND_FONT);
      l.setPosition(RectangleEdge.BOTTOM);
      l.setFrame(BlockBorder.NONE);
      l.setBackgroundPaint(Color.WHITE);
    }
    return chart;
  }

  /** A subtitle line in the label type. */
  public static TextTitle subtitle(String text) {
    return new TextTitle(text, LABEL_FONT);
  }

  /** White plot area without an outline, light grid lines both ways. */
  public static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
  }

  /** White plot area without an outline, light grid lines across; category labels wrap. */
  public static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    CategoryAxis axis = plot.getDomainAxis();
    axis.setLabelFont(LABEL_FONT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setMaximumCategoryLabelLines(3);
  }

  /** A number axis with the theme's type and US-formatted ticks. */
  public static NumberAxis numberAxis(String label, boolean includeZero) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(LABEL_FONT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setAutoRangeIncludesZero(includeZero);
    axis.setStandardTickUnits(new NumberTickUnitSource(false,
        NumberFormat.getNumberInstance(Locale.US)));
    return axis;
  }

  /** A category axis with the theme's type. */
  public static CategoryAxis categoryAxis(String label) {
    CategoryAxis axis = new CategoryAxis(label);
    axis.setLabelFont(LABEL_FONT);
    axis.setTickLabelFont(TICK_FONT);
    return axis;
  }

  /**
   * Styles a chart made elsewhere (by a JFreeChart factory) for the screen: the theme's colours
   * and grid, its type at the screen scale.
   */
  public static void forScreen(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(screen(PANEL_TITLE_FONT));
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(screen(LEGEND_FONT));
      chart.getLegend().setBackgroundPaint(Color.WHITE);
    }
    XYPlot plot = chart.getXYPlot();
    style(plot);
    for (Axis axis : new Axis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
      axis.setLabelFont(screen(LABEL_FONT));
      axis.setTickLabelFont(screen(TICK_FONT));
    }
  }

  private static Font screen(Font page) {
    return page.deriveFont(Math.round(page.getSize2D() * SCREEN_SCALE * 2) / 2f);
  }
}
