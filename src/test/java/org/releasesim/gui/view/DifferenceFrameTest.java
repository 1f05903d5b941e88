package org.releasesim.gui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.lang.reflect.InvocationTargetException;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.releasesim.gui.watch.ChartCadence;
import org.releasesim.gui.watch.GuiScenarios;
import org.releasesim.gui.watch.Headline;
import org.releasesim.gui.watch.HeadlineFeed;
import org.releasesim.gui.watch.PolicyPair;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * The side-by-side view's window of differences, laid out without a screen: the table shows
 * B minus A of what each run's feed closed, every name and number in it whole (the longest
 * outcome's name and seven-digit counts, with no "..."), and each chart's title and axis labels
 * fit the chart.
 */
class DifferenceFrameTest {
  private static final String LONG_POLICY = "HOLD_ONLY_AFTER_A_VIOLENT_CONVICTION";

  @Test
  void theTableShowsBMinusAWholeAndTheChartsTextFits() throws Exception {
    PolicyPair pair = new PolicyPair("test", "NO_COOPERATION",
        GuiScenarios.smallTeaching(), LONG_POLICY, GuiScenarios.smallTeaching());
    DifferenceCharts charts = new DifferenceCharts(pair.policyA(), pair.policyB());
    HeadlineFeed a = feed(1_234_567, 3);
    HeadlineFeed b = feed(1_234_000, 5);
    charts.update(a, b);
    JTable table = onSwing(() -> {
      Container content = DifferenceFrame.content(charts, new ChartCadence(7), pair);
      content.setSize(content.getPreferredSize());
      layOut(content);
      return find(content);
    });
    assertNotNull(table, "the window has a table");
    int crimes = Headline.CRIMES.ordinal();
    assertEquals("1,234,567", table.getValueAt(crimes, 1));
    assertEquals(DifferenceCharts.MINUS + "567", table.getValueAt(crimes, 3));
    assertEquals("+2", table.getValueAt(Headline.JAIL_POPULATION.ordinal(), 3));
    assertEquals(-567, charts.shownDifference(Headline.CRIMES), 1e-12);
    assertEquals("B: " + DifferenceCharts.plain(LONG_POLICY),
        table.getColumnModel().getColumn(2).getHeaderValue());
    onSwing(() -> {
      for (int c = 0; c < table.getColumnCount(); c++) {
        int width = table.getColumnModel().getColumn(c).getWidth();
        Component header = table.getTableHeader().getDefaultRenderer()
            .getTableCellRendererComponent(table, table.getColumnName(c), false, false, -1, c);
        assertTrue(header.getPreferredSize().width <= width, "header of column " + c);
        for (int r = 0; r < table.getRowCount(); r++) {
          Component cell = table.prepareRenderer(table.getCellRenderer(r, c), r, c);
          int row = r;
          assertTrue(cell.getPreferredSize().width <= width, () -> "'"
              + table.getValueAt(row, 0) + "' column " + width + " px: cut short");
        }
      }
      return null;
    });
    for (Headline h : Headline.values()) {
      ChartLayoutTest.assertTextFits(charts.chart(h), DifferenceFrame.CELL);
    }
  }

  /** A run's feed that has closed two weeks: every flow {@code flow}, then nothing; a jail. */
  private static HeadlineFeed feed(double flow, double jail) {
    HeadlineFeed f = new HeadlineFeed();
    for (int day : new int[] {7, 14}) {
      for (Headline h : Headline.values()) {
        String status = h == Headline.CRIMES_BY_PEOPLE_ICE_WANTED ? "RELEASED_TRANSFER_MISSED"
            : h == Headline.JAIL_POPULATION ? "PRETRIAL" : "NEVER_BOOKED";
        double value = h == Headline.JAIL_POPULATION ? jail : day == 7 ? flow : 0;
        if (h == Headline.CRIMES || !h.metric().id().equals("crimes")) {
          f.accept(new SeriesPoint(day, "T", h.metric().id(), "all", "all", status, value));
        }
      }
    }
    f.flush();
    return f;
  }

  private static void layOut(Container c) {
    c.doLayout();
    for (Component child : c.getComponents()) {
      if (child instanceof Container inner) {
        layOut(inner);
      }
    }
  }

  private static JTable find(Container c) {
    for (Component child : c.getComponents()) {
      if (child instanceof JTable t) {
        return t;
      }
      if (child instanceof Container inner) {
        JTable t = find(inner);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  private static <T> T onSwing(java.util.concurrent.Callable<T> work)
      throws InterruptedException, InvocationTargetException {
    Object[] result = new Object[1];
    SwingUtilities.invokeAndWait(() -> {
      try {
        result[0] = work.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    @SuppressWarnings("unchecked")
    T t = (T) result[0];
    return t;
  }
}
