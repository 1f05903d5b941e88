package org.releasesim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * Outcome time series of a sweep, from two counties' weekly points: a rate or a ratio over both
 * counties is recomputed from their summed counts, never added up or averaged.
 */
class SeriesOutcomesTest {
  private static final double YEAR = 365.25;

  /**
   * Week 1 (day 7): A has 2,000 unauthorized residents, 3 violent and 4 property victims of
   * them, 1 reported; B has 500, 1 violent victim, reported. Week 2 (day 14): A has 3,000 and 7
   * property victims, none reported; B has 500 and none.
   */
  private static List<SeriesPoint> twoCounties() {
    List<SeriesPoint> points = new ArrayList<>();
    for (int day : new int[] {7, 14}) {
      boolean first = day == 7;
      add(points, day, "A", "residents", "all", first ? 2000 : 3000);
      add(points, day, "B", "residents", "all", 500);
      add(points, day, "A", "victimisations", "VIOLENT", first ? 3 : 0);
      add(points, day, "A", "victimisations", "PROPERTY", first ? 4 : 7);
      add(points, day, "B", "victimisations", "VIOLENT", first ? 1 : 0);
      add(points, day, "B", "victimisations", "PROPERTY", 0);
      add(points, day, "A", "reported", "VIOLENT", first ? 1 : 0);
      add(points, day, "A", "reported", "PROPERTY", 0);
      add(points, day, "B", "reported", "VIOLENT", first ? 1 : 0);
      add(points, day, "B", "reported", "PROPERTY", 0);
      // what the model writes for A alone, which a total over counties must not add up
      add(points, day, "A", "victimisation_rate", "VIOLENT", 99_999);
      add(points, day, "B", "victimisation_rate", "VIOLENT", 99_999);
    }
    return points;
  }

  private static void add(List<SeriesPoint> points, int day, String where, String metric,
      String type, double value) {
    points.add(new SeriesPoint(day, where, metric, type, "UNAUTHORIZED", "all", value));
  }

  @Test
  void aRateOverCountiesDividesTheirVictimsByTheirResidentsAnnualisedPerInterval() {
    SeriesOutcomes outcomes = new SeriesOutcomes(List.of(
        OutcomeSpec.parse("victimisation_rate/UNAUTHORIZED"),
        OutcomeSpec.parse("victimisation_rate/VIOLENT/UNAUTHORIZED")));
    List<SeriesValue> values = outcomes.reduce(twoCounties());
    // week 1: 8 victims among 2,500 residents over 7 days: 8 / 2,500 x 100,000 x 365.25 / 7
    // week 2: 7 among 3,500: 7 / 3,500 x 100,000 x 365.25 / 7 = 10,435.71
    // violent only, week 1: 4 among 2,500, the residents of every victim of the group
    assertValues(List.of(new SeriesValue(0, 7, 8 / 2500.0 * 1e5 * YEAR / 7),
        new SeriesValue(0, 14, 1e5 * YEAR / 3500), new SeriesValue(1, 7, 4 / 2500.0 * 1e5
            * YEAR / 7), new SeriesValue(1, 14, 0)), values);
  }

  @Test
  void aRatioOverCountiesIsTheirSummedCountsRatio() {
    SeriesOutcomes outcomes = new SeriesOutcomes(List.of(
        OutcomeSpec.parse("reporting_rate/UNAUTHORIZED")));
    // week 1: 2 of 8 reported (A alone 1 of 7, B 1 of 1); week 2: 0 of 7
    assertValues(List.of(new SeriesValue(0, 7, 0.25), new SeriesValue(0, 14, 0)),
        outcomes.reduce(twoCounties()));
  }

  @Test
  void countsStillAddUpOverCountiesAndTypes() {
    SeriesOutcomes outcomes = new SeriesOutcomes(List.of(
        OutcomeSpec.parse("victimisations/UNAUTHORIZED")));
    assertValues(List.of(new SeriesValue(0, 7, 8), new SeriesValue(0, 14, 7)),
        outcomes.reduce(twoCounties()));
  }

  private static void assertValues(List<SeriesValue> expected, List<SeriesValue> actual) {
    assertEquals(expected.size(), actual.size(), actual.toString());
    for (int i = 0; i < expected.size(); i++) {
      SeriesValue e = expected.get(i);
      SeriesValue a = actual.get(i);
      assertEquals(e.outcome(), a.outcome(), actual.toString());
      assertEquals(e.day(), a.day(), actual.toString());
      assertEquals(e.value(), a.value(), Math.abs(e.value()) * 1e-12, actual.toString());
    }
  }
}
