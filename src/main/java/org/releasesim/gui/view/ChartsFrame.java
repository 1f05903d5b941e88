package org.releasesim.gui.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.releasesim.gui.watch.ChartCadence;
import org.releasesim.gui.watch.ChartFeed;
import org.releasesim.gui.watch.ChartKind;

/**
 * The charts' window: one panel per chart, and a spinner for how often (in simulated days) the
 * charts take in new points; updating less often keeps large runs fast.
 */
final class ChartsFrame {
  /**
   * The size every chart is laid out at. A panel given less space (a small screen, a narrowed
   * window) draws the chart at this size and scales it down, so titles, axis labels and legends
   * shrink rather than being cut off or drawn over each other.
   */
  static final Dimension CELL = new Dimension(380, 300);

  private ChartsFrame() {}

  static JFrame create(LiveCharts charts, ChartCadence cadence, String scenarioName) {
    JPanel grid = new JPanel(new GridLayout(2, 3, 4, 4));
    for (ChartKind k : ChartKind.values()) {
      grid.add(panel(charts.chart(k)));
    }
    grid.add(controls(cadence, "Flows are per week; reporting is a rolling "
        + ChartFeed.REPORTING_WINDOW + "-interval share."));
    JFrame frame = new JFrame("Charts: " + scenarioName);
    frame.getContentPane().add(grid, BorderLayout.CENTER);
    frame.pack();
    return frame;
  }

  /** A chart's panel, laid out at {@link #CELL} and scaled down when given less room. */
  static ChartPanel panel(JFreeChart chart) {
    return panel(chart, CELL);
  }

  /** A chart's panel, laid out at {@code cell} and scaled down when given less room. */
  static ChartPanel panel(JFreeChart chart, Dimension cell) {
    ChartPanel panel = new ChartPanel(chart);
    panel.setPreferredSize(cell);
    panel.setMinimumDrawWidth(cell.width);
    panel.setMinimumDrawHeight(cell.height);
    return panel;
  }

  /**
   * The spinner for how often the charts update, and a note on what they show.
   *
   * @param note a sentence on the charts' units, after the note on speed
   */
  static JPanel controls(ChartCadence cadence, String note) {
    JSpinner every = new JSpinner(new SpinnerNumberModel(cadence.everyDays(), 1, 3650, 1));
    every.addChangeListener(e -> cadence.setEveryDays((Integer) every.getValue()));
    every.setMaximumSize(every.getPreferredSize());
    JPanel row = new JPanel();
    row.setLayout(new BoxLayout(row, BoxLayout.X_AXIS));
    row.add(every);
    row.add(new JLabel(" days"));
    row.setAlignmentX(0);
    JLabel title = new JLabel("Update the charts every");
    title.setAlignmentX(0);
    JLabel text = new JLabel("<html><body style='width: 190px'>Fewer updates keep large runs"
        + " fast. " + note + "</body></html>");
    text.setAlignmentX(0);
    JPanel panel = new JPanel();
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setBorder(BorderFactory.createEmptyBorder(16, 14, 16, 14));
    panel.add(title);
    panel.add(row);
    panel.add(Box.createVerticalStrut(12));
    panel.add(text);
    return panel;
  }
}
