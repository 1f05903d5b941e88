package org.releasesim.output;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * The body of a figure of several panels (see {@link ChartStyle#figure}): each panel is a chart
 * of its own, with a title and axes but no legend, drawn into an equal share of the area, side
 * by side or one above the other. The figure's legend is the first panel's, as every panel
 * shows the same categories in the same colours.
 */
final class FigurePlot extends Plot {
  private static final long serialVersionUID = 1L;
  /** Space between panels, in the units of the drawing. */
  private static final double GAP = 24;

  private final List<JFreeChart> panels;
  private final boolean rows;

  /**
   * @param panels the panels, in reading order
   * @param rows whether the panels stand one above the other rather than side by side
   */
  FigurePlot(List<JFreeChart> panels, boolean rows) {
    this.panels = List.copyOf(panels);
    this.rows = rows;
    setOutlineVisible(false);
  }

  @Override
  public String getPlotType() {
    return "Figure";
  }

  @Override
  public LegendItemCollection getLegendItems() {
    return panels.isEmpty() ? new LegendItemCollection() : panels.get(0).getPlot()
        .getLegendItems();
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
      PlotRenderingInfo info) {
    int n = panels.size();
    double along = ((rows ? area.getHeight() : area.getWidth()) - GAP * (n - 1)) / n;
    for (int i = 0; i < n; i++) {
      double offset = i * (along + GAP);
      Rectangle2D slice = rows
          ? new Rectangle2D.Double(area.getX(), area.getY() + offset, area.getWidth(), along)
          : new Rectangle2D.Double(area.getX() + offset, area.getY(), along, area.getHeight());
      panels.get(i).draw(g2, slice);
    }
  }
}
