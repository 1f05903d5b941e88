package org.releasesim.gui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.SeriesPoint;

class ChartFeedTest {
  private static SeriesPoint point(int day, String metric, String group, String status,
      double value) {
    return new SeriesPoint(day, "A", metric, SeriesPoint.ALL, group, status, value);
  }

  @Test
  void flowsAreSummedOverBreakdownsAndShownPerWeek() {
    ChartFeed feed = new ChartFeed();
    feed.accept(point(14, "crimes", "CITIZEN", "NEVER_BOOKED", 3));
    feed.accept(point(14, "crimes", "UNAUTHORIZED", "NEVER_BOOKED", 1));
    feed.accept(point(14, "crimes", "CITIZEN", "RELEASED_DETAINER_DECLINED", 2));
    feed.accept(point(14, "jail_population", SeriesPoint.ALL, "PRETRIAL", 5));
    feed.accept(point(14, "jail_population", SeriesPoint.ALL, "DETAINER_HOLD", 1));
    feed.flush();
    List<SeriesLine> crimes = feed.lines(ChartKind.CRIMES);
    assertEquals("never booked", crimes.get(0).name());
    assertEquals(4 * 7 / 14.0, crimes.get(0).value(0), 1e-12);
    assertEquals(2 * 7 / 14.0, crimes.get(5).value(0), 1e-12);
    assertEquals(14, crimes.get(0).day(0));
    assertEquals(6, feed.lines(ChartKind.JAIL).get(3).value(0), "total");
    assertEquals(1, feed.lines(ChartKind.JAIL).get(2).value(0), "held on a detainer");
    assertEquals(6, feed.crimesInClosedIntervals());
  }

  @Test
  void aNewIntervalClosesThePreviousOneAndPerWeekUsesItsLength() {
    ChartFeed feed = new ChartFeed();
    feed.accept(point(7, "detainers_lodged", SeriesPoint.ALL, "CONVICTED", 2));
    feed.accept(point(10, "detainers_lodged", SeriesPoint.ALL, "NO_CONVICTION", 3));
    feed.flush();
    SeriesLine lodged = feed.lines(ChartKind.DETAINERS).get(0);
    assertEquals(2, lodged.size());
    assertEquals(2, lodged.value(0), 1e-12);
    assertEquals(3 * 7 / 3.0, lodged.value(1), 1e-12);
  }

  @Test
  void reportingIsARollingShareOfVictimisations() {
    ChartFeed feed = new ChartFeed();
    for (int k = 1; k <= ChartFeed.REPORTING_WINDOW + 1; k++) {
      feed.accept(point(7 * k, "victimisations", "UNAUTHORIZED", SeriesPoint.ALL, 10));
      feed.accept(point(7 * k, "reported", "UNAUTHORIZED", SeriesPoint.ALL, k == 1 ? 10 : 0));
    }
    feed.flush();
    SeriesLine unauthorized = feed.lines(ChartKind.REPORTING).get(2);
    assertEquals(1, unauthorized.value(0), 1e-12);
    assertEquals(1.0 / ChartFeed.REPORTING_WINDOW,
        unauthorized.value(ChartFeed.REPORTING_WINDOW - 1), 1e-12);
    assertEquals(0, unauthorized.value(ChartFeed.REPORTING_WINDOW), 1e-12, "first left window");
    assertEquals(0, feed.lines(ChartKind.REPORTING).get(0).size(), "no citizen victims: no"
        + " point");
  }
}
