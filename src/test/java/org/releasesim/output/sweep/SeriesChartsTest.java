package org.releasesim.output.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.output.FigurePlot;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.sweep.SeriesEstimate;

/** Sweep time series: a last interval cut short by the run's end is not drawn as a drop. */
class SeriesChartsTest {
  private static List<SeriesEstimate> weekly(int weeks, int lastDay) {
    List<SeriesEstimate> s = new ArrayList<>();
    for (int w = 1; w <= weeks; w++) {
      s.add(new SeriesEstimate(0, 0, 7 * w, new Estimate(3, 100, 5, 12)));
    }
    if (lastDay > 0) {
      s.add(new SeriesEstimate(0, 0, lastDay, new Estimate(3, 20, 5, 12)));
    }
    return s;
  }

  @Test
  void aShortLastIntervalIsLeftOut() {
    List<SeriesEstimate> s = weekly(10, 72); // weeks end on day 70; the run ends on day 72
    assertEquals(10, SeriesCharts.wholeIntervals(s).size());
    assertEquals(70, SeriesCharts.wholeIntervals(s).get(9).day());
  }

  @Test
  void wholeIntervalsAreAllKept() {
    assertEquals(10, SeriesCharts.wholeIntervals(weekly(10, 0)).size());
  }

  @Test
  void panelsFillRowsOfTheGrid() {
    assertEquals(3, FigurePlot.rows(7, 3));
    assertEquals(6, FigurePlot.rows(36, 6));
  }
}
