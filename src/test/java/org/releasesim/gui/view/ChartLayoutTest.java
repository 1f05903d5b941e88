package org.releasesim.gui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.releasesim.gui.watch.ChartKind;

/**
 * Chart text is shown whole: drawn at the size the charts' window lays it out at, each chart's
 * title fits its width on one line, and each axis label fits along its plot (an axis label
 * longer than the plot is drawn past it, over the title: how the first chart's title was cut).
 */
class ChartLayoutTest {
  @Test
  void everyLiveChartsTitleAndAxisLabelsFitTheCellItIsDrawnIn() {
    LiveCharts charts = new LiveCharts();
    for (ChartKind kind : ChartKind.values()) {
      assertTextFits(charts.chart(kind), ChartsFrame.CELL);
    }
  }

  @Test
  void aChartGivenLessRoomIsScaledDownRatherThanLaidOutCramped() {
    ChartPanel panel = ChartsFrame.panel(new LiveCharts().chart(ChartKind.CRIMES));
    assertEquals(ChartsFrame.CELL, panel.getPreferredSize());
    assertEquals(ChartsFrame.CELL.width, panel.getMinimumDrawWidth());
    assertEquals(ChartsFrame.CELL.height, panel.getMinimumDrawHeight());
  }

  /** Draws {@code chart} at {@code size} and checks its title and axis labels against its plot. */
  static void assertTextFits(JFreeChart chart, Dimension size) {
    BufferedImage img = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height), info);
    Rectangle2D plot = info.getPlotInfo().getDataArea();
    String title = chart.getTitle().getText();
    FontMetrics titleFont = g.getFontMetrics(chart.getTitle().getFont());
    assertTrue(titleFont.stringWidth(title) <= size.width - 8, () -> "title '" + title
        + "' is " + titleFont.stringWidth(title) + " px wide in a chart of " + size.width);
    XYPlot xy = chart.getXYPlot();
    assertAlong(g, xy.getRangeAxis(), plot.getHeight(), title);
    assertAlong(g, xy.getDomainAxis(), plot.getWidth(), title);
    g.dispose();
  }

  private static void assertAlong(Graphics2D g, ValueAxis axis, double length, String chart) {
    int text = g.getFontMetrics(axis.getLabelFont()).stringWidth(axis.getLabel());
    assertTrue(text <= length, () -> chart + ": axis label '" + axis.getLabel() + "' is " + text
        + " px long, its plot only " + Math.round(length) + " px");
  }
}
