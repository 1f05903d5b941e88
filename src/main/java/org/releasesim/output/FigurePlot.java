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
 * The body of a figure of several panels (see {@link ChartStyle#figure}, and the sweeps' small
 * multiples): each panel is a chart of its own, with a title and axes but no legend, drawn into
 * an equal cell of a grid read row by row. The figure's legend is the first panel's, as every
 * panel shows the same categories in the same colours.
 */
public final class FigurePlot extends Plot {
  private static final long serialVersionUID = 1L;
  /** Space between panels, in the units of the drawing. */
  private static final double GAP = 24;

  private final List<JFreeChart> panels;
  private final int columns;

  /**
   * @param panels the panels, in reading order
   * @param rows whether the panels stand one above the other rather than side by side
   */
  FigurePlot(List<JFreeChart> panels, boolean rows) {
    this(panels, rows ? 1 : Math.max(1, panels.size()));
  }

  /**
   * @param panels the panels, in reading order
   * @param columns panels per row of the grid
   */
  public FigurePlot(List<JFreeChart> panels, int columns) {
    this.panels = List.copyOf(panels);
    this.columns = Math.max(1, columns);
    setOutlineVisible(false);
  }

  /** Rows needed for {@code panels} panels in {@code columns} columns. */
  public static int rows(int panels, int columns) {
    return (panels + columns - 1) / columns;
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
    int rows = Math.max(1, rows(panels.size(), columns));
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
