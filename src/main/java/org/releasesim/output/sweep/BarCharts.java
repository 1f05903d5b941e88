package org.releasesim.output.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.releasesim.output.ChartTheme;

/**
 * Horizontal bars with 95% interval whiskers, the form of every sweep chart of differences and
 * indices: long category names (factors, design points) stay readable on the vertical axis.
 */
final class BarCharts {
  /** Height per bar group, pixels, for charts with many categories. */
  private static final int PER_CATEGORY = 34;

  private BarCharts() {}

  /** A chart of the dataset, where each item's "standard deviation" holds the half-width. */
  static JFreeChart chart(String title, String valueLabel, DefaultStatisticalCategoryDataset data,
      boolean legend) {
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setErrorIndicatorPaint(Color.BLACK);
    renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.12);
    for (int s = 0; s < data.getRowCount(); s++) {
      renderer.setSeriesPaint(s, ChartTheme.colour(s));
    }
    CategoryPlot plot = new CategoryPlot(data, ChartTheme.categoryAxis(null),
        ChartTheme.numberAxis(valueLabel, true), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    ChartTheme.style(plot);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.DARK_GRAY);
    return ChartTheme.chart(title, plot, legend);
  }

  /** A height that leaves room for every category. */
  static int height(DefaultStatisticalCategoryDataset data) {
    return Math.max(SweepChartStyle.HEIGHT, 160 + PER_CATEGORY * data.getColumnCount()
        * Math.max(1, data.getRowCount()));
  }

  /** Adds a value with its half-width (none when NaN). */
  static void add(DefaultStatisticalCategoryDataset data, double value, double halfWidth,
      String series, String category) {
    data.add(Double.isNaN(value) ? null : value, Double.isNaN(halfWidth) ? null : halfWidth,
        series, category);
  }
}
