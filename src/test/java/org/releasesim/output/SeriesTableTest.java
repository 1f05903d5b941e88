package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.SeriesPoint;

class SeriesTableTest {
  @Test
  void theIntervalIsTheUsualGapEvenWhenTheLastIntervalIsShort() {
    List<SeriesPoint> points = new ArrayList<>();
    for (int day : new int[] {7, 14, 21, 28, 34}) {
      points.add(new SeriesPoint(day, "A", "crimes", "all", "all", "all", 1));
    }
    assertEquals(7, new SeriesTable(points).intervalDays());
  }

  @Test
  void sumsKeepTheGivenCategoryOrderAndAddUnlistedOnesAfter() {
    List<SeriesPoint> points = List.of(
        new SeriesPoint(7, "A", "crimes", "VIOLENT", "CITIZEN", "NEVER_BOOKED", 2),
        new SeriesPoint(7, "B", "crimes", "PROPERTY", "CITIZEN", "NEVER_BOOKED", 3),
        new SeriesPoint(7, "A", "crimes", "VIOLENT", "CITIZEN", "SURPRISE", 1),
        new SeriesPoint(14, "A", "crimes", "VIOLENT", "CITIZEN", "NEVER_BOOKED", 4));
    SeriesTable table = new SeriesTable(points);
    SeriesTable.DayValues all = table.sumBy("crimes", null, SeriesPoint::status,
        List.of("ON_PRETRIAL_RELEASE", "NEVER_BOOKED"));
    assertEquals(List.of("ON_PRETRIAL_RELEASE", "NEVER_BOOKED", "SURPRISE"),
        List.copyOf(all.values().keySet()));
    assertArrayEquals(new int[] {7, 14}, all.days());
    assertArrayEquals(new double[] {5, 4}, all.values().get("NEVER_BOOKED"));
    SeriesTable.DayValues onlyB = table.sumBy("crimes", "B", SeriesPoint::status, List.of());
    assertArrayEquals(new double[] {3}, onlyB.values().get("NEVER_BOOKED"));
    assertEquals(List.of("A", "B"), table.jurisdictions());
  }
}
