package org.releasesim.output.sweep;

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
 * Small multiples: panels (each a chart of its own, with title and axes) in a grid of equal
 * cells, read row by row. The figure has no legend of its own; each panel's title says what it
 * shows.
 */
final class PanelGrid extends Plot {
  private static final long serialVersionUID = 1L;
  private static final double GAP = 12;

  private final List<JFreeChart> panels;
  private final int columns;

  PanelGrid(List<JFreeChart> panels, int columns) {
    this.panels = List.copyOf(panels);
    this.columns = Math.max(1, columns);
    setOutlineVisible(false);
  }

  /** Rows needed for {@code panels} panels in {@code columns} columns. */
  static int rows(int panels, int columns) {
    return (panels + columns - 1) / columns;
  }

  @Override
  public String getPlotType() {
    return "Panel grid";
  }

  @Override
  public LegendItemCollection getLegendItems() {
    return new LegendItemCollection();
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
      PlotRenderingInfo info) {
    int rows = rows(panels.size(), columns);
    double w = (area.getWidth() - GAP * (columns - 1)) / columns;
    double h = (area.getHeight() - GAP * (rows - 1)) / rows;
    for (int i = 0; i < panels.size(); i++) {
      int r = i / columns;
      int c = i % columns;
      panels.get(i).draw(g2, new Rectangle2D.Double(area.getX() + c * (w + GAP),
          area.getY() + r * (h + GAP), w, h));
    }
  }
}
