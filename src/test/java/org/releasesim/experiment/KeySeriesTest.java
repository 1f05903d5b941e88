package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.SeriesPoint;

/** The key series from a hand-made time series of two counties, checked by hand. */
class KeySeriesTest {
  private static final String ALL = SeriesPoint.ALL;

  /**
   * Weeks ending on days 7 and 14, then a short interval of two days to day 16. Adams and
   * Baker hold 20 people in jail, 8 of them pretrial; 1,000 citizens and 500 lawful
   * non-citizens between them, and no unauthorized residents; 12 people in ICE custody.
   * Citizens commit one offence a day, lawful non-citizens one a week.
   */
  private static List<SeriesPoint> twoCounties() {
    List<SeriesPoint> points = new ArrayList<>();
    int previous = 0;
    for (int day : new int[] {7, 14, 16}) {
      int days = day - previous;
      previous = day;
      for (String county : List.of("Adams", "Baker")) {
        boolean adams = county.equals("Adams");
        points.add(point(day, county, "jail_population", ALL, ALL, "PRETRIAL", adams ? 6 : 2));
        points.add(point(day, county, "jail_population", ALL, ALL, "SENTENCED", adams ? 3 : 8));
        points.add(point(day, county, "jail_population", ALL, ALL, "DETAINER_HOLD", adams ? 1 : 0));
        points.add(point(day, county, "residents", ALL, "CITIZEN", ALL, adams ? 600 : 400));
        points.add(point(day, county, "residents", ALL, "LAWFUL_NONCITIZEN", ALL, 250));
        points.add(point(day, county, "residents", ALL, "UNAUTHORIZED", ALL, 0));
        // Adams' citizens commit violent offences on pretrial release, Baker's property ones
        points.add(point(day, county, "crimes", adams ? "VIOLENT" : "PROPERTY", "CITIZEN",
            adams ? "ON_PRETRIAL_RELEASE" : "NEVER_BOOKED", adams ? 0.6 * days : 0.4 * days));
        points.add(point(day, county, "crimes", "DRUG", "LAWFUL_NONCITIZEN", "NEVER_BOOKED",
            adams && day == 7 ? 1 : 0));
        points.add(point(day, county, "ice_custody_population", ALL, ALL, ALL, adams ? 5 : 7));
        points.add(point(day, county, "arrests", "DRUG", "CITIZEN", ALL, 99));
      }
    }
    return points;
  }

  private static SeriesPoint point(int day, String county, String metric, String type,
      String group, String status, double value) {
    return new SeriesPoint(day, county, metric, type, group, status, value);
  }

  @Test
  void eachKeySeriesIsSummedOverCountiesAndDerivedAsDefined() {
    List<KeySeries> series = KeySeries.of(twoCounties());
    assertEquals(List.of("jail_population", "jail_pretrial_share", "residents (CITIZEN)",
        "residents (LAWFUL_NONCITIZEN)", "residents (UNAUTHORIZED)",
        "offending_per_100k (CITIZEN)", "offending_per_100k (LAWFUL_NONCITIZEN)",
        "ice_custody_population"), series.stream().map(KeySeries::label).toList(),
        "no offending series for a group without residents");
    assertArrayEquals(new int[] {7, 14, 16}, series.get(0).values().endDays());
    assertArrayEquals(new double[] {20, 20, 20}, series.get(0).values().values());
    assertArrayEquals(new double[] {0.4, 0.4, 0.4}, series.get(1).values().values(), 1e-12);
    assertArrayEquals(new double[] {1000, 1000, 1000}, series.get(2).values().values());
    // one offence a day among 1,000 citizens is 365.25 a year, or 36,525 per 100,000,
    // whatever the interval's length
    assertArrayEquals(new double[] {36_525, 36_525, 36_525}, series.get(5).values().values(),
        1e-9);
    // one offence in the first week among 500: 52.18 a year, or 10,436 per 100,000
    assertArrayEquals(new double[] {365.25 / 7 / 500 * 1e5, 0, 0},
        series.get(6).values().values(), 1e-9);
    assertArrayEquals(new double[] {12, 12, 12}, series.get(7).values().values());
  }

  @Test
  void theMeanOverReplicationsIsTakenIntervalByInterval() {
    List<KeySeries> one = KeySeries.of(twoCounties());
    List<SeriesPoint> doubled = twoCounties().stream()
        .map(p -> point(p.day(), p.jurisdiction(), p.metric(), p.type(), p.group(), p.status(),
            p.metric().equals("jail_population") ? 2 * p.value() : p.value()))
        .toList();
    List<KeySeries> mean = KeySeries.mean(List.of(one, KeySeries.of(doubled)));
    assertArrayEquals(new double[] {30, 30, 30}, mean.get(0).values().values());
    assertArrayEquals(new double[] {0.4, 0.4, 0.4}, mean.get(1).values().values(), 1e-12);
    assertEquals(List.of(), KeySeries.mean(List.of()));
  }

  @Test
  void replicationsOnDifferentGridsCannotBeAveraged() {
    List<KeySeries> weekly = KeySeries.of(twoCounties());
    List<KeySeries> shorter = KeySeries.of(twoCounties().stream().filter(p -> p.day() < 16)
        .toList());
    assertThrows(IllegalArgumentException.class,
        () -> KeySeries.mean(List.of(weekly, shorter)));
  }
}
