package org.releasesim.gui.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.releasesim.gui.watch.Headline;
import org.releasesim.gui.watch.HeadlineFeed;
import org.releasesim.gui.watch.SeriesLine;
import org.releasesim.output.ChartTheme;

/**
 * What the side-by-side view shows of the two runs: one chart per {@link Headline} of run B's
 * value minus run A's as the runs go, and a table of both values and their difference at the
 * latest week's end. {@link #update} reads the two runs' headline feeds while the model is held
 * still and hands the new points to the Swing thread, which alone touches the charts and the
 * table.
 */
final class DifferenceCharts {
  static final String MINUS = "\u2212";
  private static final Color LINE = ChartTheme.colour(0);

  private final Map<Headline, XYSeries> differences = new EnumMap<>(Headline.class);
  private final Map<Headline, JFreeChart> charts = new EnumMap<>(Headline.class);
  private final DefaultTableModel table;
  private int copied;

  /**
   * @param policyA the policy of run A (the left map)
   * @param policyB the policy of run B (the right map)
   */
  DifferenceCharts(String policyA, String policyB) {
    for (Headline h : Headline.values()) {
      XYSeries series = new XYSeries("B " + MINUS + " A", false, true);
      differences.put(h, series);
      charts.put(h, chart(h, series));
    }
    table = new DefaultTableModel(new Object[] {"", "A: " + plain(policyA),
        "B: " + plain(policyB), "B " + MINUS + " A"}, 0) {
      private static final long serialVersionUID = 1L;

      @Override
      public boolean isCellEditable(int row, int column) {
        return false;
      }
    };
    for (Headline h : Headline.values()) {
      table.addRow(new Object[] {h.title(), "", "", ""});
    }
  }

  JFreeChart chart(Headline h) {
    return charts.get(h);
  }

  /** Rows: the headlines in order; columns: outcome, A, B, B minus A. */
  DefaultTableModel table() {
    return table;
  }

  /**
   * Sends the points both runs have closed since the last call to the charts and the table.
   * Call holding the schedule's lock. Both runs close the same intervals (same time settings),
   * so point n of one is the same day as point n of the other.
   */
  void update(HeadlineFeed a, HeadlineFeed b) {
    int ready = Math.min(a.line(Headline.CRIMES).size(), b.line(Headline.CRIMES).size());
    List<Runnable> changes = new ArrayList<>();
    for (Headline h : Headline.values()) {
      SeriesLine la = a.line(h);
      SeriesLine lb = b.line(h);
      double[][] fresh = new double[2][ready - copied];
      for (int n = copied; n < ready; n++) {
        if (la.day(n) != lb.day(n)) {
          throw new IllegalStateException("the two runs closed different intervals: day "
              + la.day(n) + " and day " + lb.day(n));
        }
        fresh[0][n - copied] = la.day(n);
        fresh[1][n - copied] = lb.value(n) - la.value(n);
      }
      XYSeries series = differences.get(h);
      changes.add(() -> append(series, fresh));
      if (ready > 0) {
        Object[] row = {number(la.value(ready - 1)), number(lb.value(ready - 1)),
            signed(lb.value(ready - 1) - la.value(ready - 1))};
        int r = h.ordinal();
        changes.add(() -> {
          for (int c = 0; c < row.length; c++) {
            table.setValueAt(row[c], r, c + 1);
          }
        });
      }
    }
    copied = ready;
    SwingUtilities.invokeLater(() -> changes.forEach(Runnable::run));
  }

  /** Empties the charts and the table for a new run. */
  void clear() {
    copied = 0;
    SwingUtilities.invokeLater(() -> {
      differences.values().forEach(XYSeries::clear);
      for (int r = 0; r < table.getRowCount(); r++) {
        for (int c = 1; c < table.getColumnCount(); c++) {
          table.setValueAt("", r, c);
        }
      }
    });
  }

  /** The difference the chart of {@code h} shows last, or NaN before the first point. */
  double shownDifference(Headline h) {
    XYSeries s = differences.get(h);
    return s.getItemCount() == 0 ? Double.NaN : s.getY(s.getItemCount() - 1).doubleValue();
  }

  /** A policy's name as words: NO_COOPERATION as NO COOPERATION. */
  static String plain(String policy) {
    return policy.replace('_', ' ');
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String signed(double v) {
    long rounded = Math.round(v);
    return rounded > 0 ? "+" + number(rounded) : rounded < 0 ? MINUS + number(-rounded) : "0";
  }

  private static void append(XYSeries series, double[][] points) {
    for (int n = 0; n < points[0].length; n++) {
      series.add(points[0][n], points[1][n], false);
    }
    if (points[0].length > 0) {
      series.fireSeriesChanged();
    }
  }

  private static JFreeChart chart(Headline h, XYSeries series) {
    JFreeChart chart = ChartFactory.createXYLineChart(h.title(), "days after warm-up",
        "B " + MINUS + " A, " + (h.cumulative() ? "total so far" : "now"),
        new XYSeriesCollection(series));
    chart.removeLegend();
    LiveCharts.style(chart);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, LINE);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    plot.setRenderer(renderer);
    // zero: no difference; above it, more under B
    ValueMarker zero = new ValueMarker(0, Palette.INK, new BasicStroke(1f));
    plot.addRangeMarker(zero);
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setAutoRangeIncludesZero(true);
    values.setAutoRangeMinimumSize(2);
    return chart;
  }
}
