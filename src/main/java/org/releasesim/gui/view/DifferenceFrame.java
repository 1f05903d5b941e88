package org.releasesim.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import org.jfree.chart.ChartPanel;
import org.releasesim.gui.watch.ChartCadence;
import org.releasesim.gui.watch.Headline;
import org.releasesim.gui.watch.PolicyPair;

/**
 * The side-by-side view's window of differences: which policy is A and which is B, a table of
 * both runs' headline outcomes and B minus A, and a chart of each difference as the runs go.
 */
final class DifferenceFrame {
  /**
   * The size each difference chart is laid out at (smaller than the live charts': one line and
   * no legend); a panel given less room scales it down, as the live charts do.
   */
  static final Dimension CELL = new Dimension(340, 230);
  /** The widest number a table cell is sized for. */
  private static final String WIDEST_NUMBER = DifferenceCharts.MINUS + "9,999,999";

  private DifferenceFrame() {}

  static JFrame create(DifferenceCharts charts, ChartCadence cadence, PolicyPair pair) {
    JFrame frame = new JFrame("A and B side by side: " + pair.scenarioName());
    frame.setContentPane(content(charts, cadence, pair));
    frame.pack();
    return frame;
  }

  /** The window's content: the explanation, the table, the charts and the update spinner. */
  static JPanel content(DifferenceCharts charts, ChartCadence cadence, PolicyPair pair) {
    JPanel top = new JPanel(new BorderLayout(0, 6));
    top.setBorder(BorderFactory.createEmptyBorder(8, 10, 6, 10));
    top.add(new JLabel("<html><b>A</b> (left map): " + DifferenceCharts.plain(pair.policyA())
        + " &nbsp; &nbsp; <b>B</b> (right map): " + DifferenceCharts.plain(pair.policyB())
        + "<br>The same county and the same people with the same luck (seed "
        + pair.a().seed() + "): only the jails' policy differs.</html>"), BorderLayout.NORTH);
    top.add(table(charts), BorderLayout.CENTER);
    top.add(new JLabel("Crimes and arrests: totals since day 0 (the end of the warm-up)."
        + " People in jail: at the end of the latest week."), BorderLayout.SOUTH);

    JPanel grid = new JPanel(new GridLayout(2, 3, 4, 4));
    for (Headline h : Headline.values()) {
      ChartPanel panel = ChartsFrame.panel(charts.chart(h), CELL);
      panel.setToolTipText(h.description());
      grid.add(panel);
    }
    grid.add(ChartsFrame.controls(cadence, "Each chart shows B " + DifferenceCharts.MINUS
        + " A: above the line, B has more; below it, fewer."));
    JPanel content = new JPanel(new BorderLayout());
    content.add(top, BorderLayout.NORTH);
    content.add(grid, BorderLayout.CENTER);
    return content;
  }

  private static JPanel table(DifferenceCharts charts) {
    JTable table = new JTable(charts.table());
    table.setFocusable(false);
    table.setRowSelectionAllowed(false);
    table.setFont(table.getFont().deriveFont(Font.PLAIN, 13f));
    table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 6);
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    DefaultTableCellRenderer right = new DefaultTableCellRenderer();
    right.setHorizontalAlignment(SwingConstants.RIGHT);
    for (int c = 1; c < table.getColumnCount(); c++) {
      table.getColumnModel().getColumn(c).setCellRenderer(right);
    }
    fitColumns(table);
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(table.getTableHeader(), BorderLayout.NORTH);
    panel.add(table, BorderLayout.CENTER);
    return panel;
  }

  /**
   * Makes every column as wide as its header and its widest cell (numbers: as wide as the
   * widest count the view can show), so that no name or number is cut short with "...".
   */
  private static void fitColumns(JTable table) {
    int gap = 16;
    for (int c = 0; c < table.getColumnCount(); c++) {
      TableColumn column = table.getColumnModel().getColumn(c);
      Component header = table.getTableHeader().getDefaultRenderer()
          .getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, c);
      int width = header.getPreferredSize().width;
      for (int r = 0; r < table.getRowCount(); r++) {
        Object value = c == 0 ? table.getValueAt(r, c) : WIDEST_NUMBER;
        width = Math.max(width, table.getCellRenderer(r, c)
            .getTableCellRendererComponent(table, value, false, false, r, c)
            .getPreferredSize().width);
      }
      column.setPreferredWidth(width + gap);
      column.setMinWidth(width + gap);
    }
    table.setPreferredScrollableViewportSize(table.getPreferredSize());
  }
}
