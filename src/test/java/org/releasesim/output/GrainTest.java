package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.output.Grain.Binned;
import org.releasesim.output.SeriesTable.DayValues;

class GrainTest {
  private static final double YEAR = 365.25;

  @Test
  void theStepIsTheShortestThatKeepsLinesReadable() {
    assertEquals(7, Grain.choose(7, 2 * 364).days());
    assertEquals(28, Grain.choose(7, 5 * 364).days());
    assertEquals(91, Grain.choose(7, 20 * 364).days());
    assertEquals(364, Grain.choose(7, 50 * 364).days());
    assertEquals(7, Grain.choose(1, 300).days());
    assertEquals(90, Grain.choose(30, 30 * 360).days(), "a multiple of a 30-day interval");
  }

  @Test
  void stepsAreNamedForAxisLabels() {
    assertEquals("week", Grain.choose(7, 100).noun());
    assertEquals("4 weeks", Grain.choose(7, 5 * 364).noun());
    assertEquals("quarter (13 weeks)", Grain.choose(7, 20 * 364).noun());
    assertEquals("at the end of each week", Grain.choose(7, 100).stockNote());
    assertEquals("average over each 4 weeks", Grain.choose(7, 5 * 364).stockNote());
  }

  @Test
  void flowsAreSummedPerStepAndAPartialLastStepIsLeftOut() {
    Grain fourWeeks = Grain.choose(7, 5 * 364);
    Binned binned = fourWeeks.sums(weekly(1, 1, 1, 1, 2, 2, 2, 2, 9));
    assertArrayEquals(new double[] {28 / YEAR, 56 / YEAR}, binned.years());
    assertArrayEquals(new double[] {4, 8}, binned.values().get("x"));
  }

  @Test
  void aShortLastIntervalIsLeftOutOfWeeklyFlows() {
    DayValues fiveYears = new DayValues(new int[] {1813, 1820, 1826},
        Map.of("x", new double[] {5, 5, 4}));
    Binned binned = Grain.choose(7, 100).sums(fiveYears);
    assertArrayEquals(new double[] {5, 5}, binned.values().get("x"));
  }

  @Test
  void stocksAreAveragedPerStepIncludingAPartialOne() {
    Binned binned = Grain.choose(7, 5 * 364).means(weekly(1, 2, 3, 4, 10));
    assertArrayEquals(new double[] {2.5, 10}, binned.values().get("x"));
  }

  @Test
  void cumulativeFlowsStartAtZero() {
    Binned binned = Grain.choose(7, 5 * 364).cumulative(weekly(1, 1, 1, 1, 2, 2));
    assertArrayEquals(new double[] {0, 28 / YEAR, 42 / YEAR}, binned.years());
    assertArrayEquals(new double[] {0, 4, 8}, binned.values().get("x"));
  }

  @Test
  void ratiosComeFromSummedFlowsWithNaNForNothingToDivide() {
    Grain weekly = Grain.choose(7, 100);
    Binned binned = weekly.ratio(weekly(1, 0, 3), weekly(4, 0, 4), 100);
    assertArrayEquals(new double[] {25, Double.NaN, 75}, binned.values().get("x"));
  }

  @Test
  void aRatePerResidentsSumsTheFlowOverTheirAverageAndAnnualisesTheStep() {
    Grain fourWeeks = Grain.choose(7, 5 * 364);
    // 4 weeks: 2 + 3 + 1 + 4 = 10 victims among 1,000, 1,000, 3,000, 3,000 residents (average
    // 2,000): 10 / 2,000 x 100,000 / (28 / 365.25) = 17,866.07; the partial fifth week is left
    // out as flows are; no residents at all gives no rate
    Binned binned = fourWeeks.per100kPerYear(weekly(2, 3, 1, 4, 9),
        weekly(1000, 1000, 3000, 3000, 3000));
    assertArrayEquals(new double[] {28 / YEAR}, binned.years());
    assertArrayEquals(new double[] {10 / 2000.0 * 1e5 * YEAR / 28}, binned.values().get("x"),
        1e-9);
    Binned empty = fourWeeks.per100kPerYear(weekly(0, 0, 0, 0), weekly(0, 0, 0, 0));
    assertArrayEquals(new double[] {Double.NaN}, empty.values().get("x"));
  }

  private static DayValues weekly(double... values) {
    int[] days = new int[values.length];
    for (int i = 0; i < days.length; i++) {
      days[i] = 7 * (i + 1);
    }
    Map<String, double[]> map = new LinkedHashMap<>();
    map.put("x", values);
    return new DayValues(days, map);
  }
}
