package org.releasesim.gui;

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

/**
 * The charts' window: one panel per chart, and a spinner for how often (in simulated days) the
 * charts take in new points; updating less often keeps large runs fast.
 */
final class ChartsFrame {
  private ChartsFrame() {}

  static JFrame create(LiveCharts charts, ChartCadence cadence, String scenarioName) {
    JPanel grid = new JPanel(new GridLayout(2, 3, 4, 4));
    for (ChartKind k : ChartKind.values()) {
      ChartPanel panel = new ChartPanel(charts.chart(k));
      panel.setPreferredSize(new Dimension(360, 250));
      grid.add(panel);
    }
    grid.add(controls(cadence));
    JFrame frame = new JFrame("Charts: " + scenarioName);
    frame.getContentPane().add(grid, BorderLayout.CENTER);
    frame.pack();
    return frame;
  }

  private static JPanel controls(ChartCadence cadence) {
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
    JLabel note = new JLabel("<html><body style='width: 170px'>Fewer updates keep large runs"
        + " fast. Flows are per week; reporting is a rolling " + ChartFeed.REPORTING_WINDOW
        + "-interval share.</body></html>");
    note.setAlignmentX(0);
    JPanel panel = new JPanel();
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setBorder(BorderFactory.createEmptyBorder(16, 14, 16, 14));
    panel.add(title);
    panel.add(row);
    panel.add(Box.createVerticalStrut(12));
    panel.add(note);
    return panel;
  }
}
