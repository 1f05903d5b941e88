package org.releasesim.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The steady-state checks on synthetic weekly series whose answer is known in closed form: a
 * year is 365.25 days, weeks end on days 7, 14, ..., and a value stands for its week.
 */
class StationarityTest {
  private static final double YEAR = 365.25;

  /** Weekly intervals over {@code years}, each with {@code value(midpoint day)}. */
  private static IntervalSeries weekly(double years, DoubleUnaryOperator value) {
    int weeks = (int) Math.floor(years * YEAR / 7);
    int[] days = new int[weeks];
    double[] values = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      days[w] = 7 * (w + 1);
      values[w] = value.applyAsDouble(days[w] - 3.5);
    }
    return new IntervalSeries(days, values);
  }

  private static IntervalSeries noise(double years, double level, double sd, long seed) {
    Random random = new Random(seed);
    return weekly(years, day -> level + sd * random.nextGaussian());
  }

  @Test
  void aFlatSeriesWithNoisePasses() {
    // 156 weeks per window with sd 5: each mean has a standard error of 0.4 on 100, so a 3%
    // difference is about 5 standard errors of the difference away
    Stationarity s = Stationarity.of(noise(10, 100, 5, 1));
    assertFalse(s.windows().thirds());
    assertEquals(3 * YEAR, s.windows().windowDays(), 1e-9);
    assertTrue(s.passes(), () -> "change " + s.windows().relativeChange());
    assertTrue(Math.abs(s.windows().relativeChange()) < 0.01);
  }

  @Test
  void aSmallNoisySeriesPassesWhenChanceExplainsItsChangeButNotADriftBeyondChance() {
    // a level of 20 with an sd of 8 a week (like a county's ICE custody): each 3-year window
    // mean has a standard error of about 8 / sqrt(156) = 0.64, so the two windows differ by
    // about 0.9 (4.5% of 20) at one standard error of their difference; the drift below moves
    // them 26%, about 6 standard errors
    int noisyButFlat = 0;
    int driftCaught = 0;
    for (long seed = 0; seed < 40; seed++) {
      Stationarity flat = Stationarity.of(noise(30, 20, 8, seed));
      noisyButFlat += flat.passes() ? 1 : 0;
      Random random = new Random(seed);
      // a drift of 30% over the 30 years: 26% between the windows, about 30 standard errors
      Stationarity drift = Stationarity.of(weekly(30,
          day -> 20 * (1 + 0.01 * day / YEAR) + 8 * random.nextGaussian()));
      driftCaught += drift.passes() ? 0 : 1;
    }
    // a rule at a 5% level over nine series lets nearly every flat series through, and catches
    // every drift
    assertTrue(noisyButFlat >= 38, "flat series passing: " + noisyButFlat + " of 40");
    assertEquals(40, driftCaught);
    Stationarity one = Stationarity.of(noise(30, 20, 8, 3));
    assertEquals(Math.sqrt(2) * 8 / Math.sqrt(156.5), one.windows().differenceSe(), 0.25);
  }

  @Test
  void slowSwingsOfAYearOrMoreCountAsNoiseButATrendDoesNot() {
    // a level of 30 that moves from year to year (sd 3 between yearly levels) with weekly noise
    // on top: quarter-year batches inside a window see little of the year-to-year swing, the
    // yearly means about the trend line see all of it
    int flatPassing = 0;
    int driftCaught = 0;
    for (long seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      double[] yearly = new double[31];
      for (int y = 0; y < yearly.length; y++) {
        yearly[y] = 3 * random.nextGaussian();
      }
      Random weekly = new Random(seed + 1000);
      flatPassing += Stationarity.of(weekly(30, day -> 30 + yearly[(int) (day / YEAR)]
          + 4 * weekly.nextGaussian())).passes() ? 1 : 0;
      // the same swings on a drift of 60% over the 30 years: about 7 standard errors
      driftCaught += Stationarity.of(weekly(30, day -> 30 * (1 + 0.6 * day / (30 * YEAR))
          + yearly[(int) (day / YEAR)] + 4 * weekly.nextGaussian())).passes() ? 0 : 1;
    }
    assertTrue(flatPassing >= 38, "flat series passing: " + flatPassing + " of 40");
    assertTrue(driftCaught >= 38, "drifts caught: " + driftCaught + " of 40");
  }

  @Test
  void aTrendOfTwoPercentAYearOverThirtyYearsFailsByTheClosedFormChange() {
    // v(t) = 100 (1 + 0.02 t), t in years: the mean of a line over a window is its value at the
    // window's middle, 1.5 years for the first three and 28.5 for the last three, so the
    // change is (157 - 103) / 103
    Stationarity s = Stationarity.of(weekly(30, day -> 100 * (1 + 0.02 * day / YEAR)));
    assertFalse(s.passes());
    assertEquals(54.0 / 103, s.windows().relativeChange(), 1e-3);
    assertEquals(103, s.windows().firstMean(), 0.1);
    assertEquals(157, s.windows().lastMean(), 0.1);
    assertEquals(2.0, s.trend().slopePerYear(), 0.01, "2% of 100 a year");
    assertEquals(30, s.trend().blocks());
    assertTrue(s.trend().excludesZero());
    assertTrue(s.mser5().atSearchLimit(), "a series that never settles is cut at the limit");
  }

  /**
   * Nine years: 100 in the first three, {@code last} in the last three years before the final
   * week's end (day 3283, the last whole week), 101.5 between.
   */
  private static WindowComparison stepTo(double last) {
    double lastWindowFrom = 3283 - 3 * YEAR;
    IntervalSeries s = weekly(9, day -> day < 3 * YEAR ? 100
        : day >= lastWindowFrom ? last : 101.5);
    return WindowComparison.of(s);
  }

  @Test
  void exactlyThreePercentPassesAndThreePointOneFails() {
    assertEquals(0.03, stepTo(103).relativeChange(), 1e-12);
    assertTrue(stepTo(103).passes());
    assertTrue(stepTo(97).passes());
    assertFalse(stepTo(103.1).passes());
    assertFalse(stepTo(96.9).passes());
    assertEquals(0.031, stepTo(103.1).relativeChange(), 1e-12);
  }

  @Test
  void aPeriodShorterThanSixYearsComparesItsThirds() {
    WindowComparison four = WindowComparison.of(noise(4, 10, 1, 2));
    assertTrue(four.thirds());
    // four years of whole weeks end on day 1456
    assertEquals(1456 / 3.0, four.windowDays(), 1e-9);
    WindowComparison six = WindowComparison.of(noise(6, 10, 1, 2));
    assertFalse(six.thirds(), "six years (ending on day 2191, before 2191.5) use 3-year windows");
    assertEquals(3 * YEAR, six.windowDays(), 1e-9);
  }

  @Test
  void zeroAndMissingMeansAreNoChangeInfiniteOrUnknown() {
    assertEquals(0, new WindowComparison(1, false, 0, 0).relativeChange());
    assertTrue(new WindowComparison(1, false, 0, 0).passes());
    assertEquals(Double.POSITIVE_INFINITY, new WindowComparison(1, false, 0, 2).relativeChange());
    assertFalse(new WindowComparison(1, false, Double.NaN, 2).passes());
    assertEquals(-0.5, new WindowComparison(1, false, -2, -3).relativeChange(), 1e-12,
        "a negative level that falls further moves down");
  }

  @Test
  void mserFindsTheEndOfABatchAlignedTransientByHand() {
    // batches of five: 0, 10, 10, 10. Keeping all: mean 7.5, squared deviations 75, over 4^2;
    // dropping the first leaves no spread at all, so d = 1 and the data kept begin after the
    // fifth week, on day 35
    double[] values = new double[20];
    java.util.Arrays.fill(values, 5, 20, 10);
    int[] days = java.util.stream.IntStream.rangeClosed(1, 20).map(w -> 7 * w).toArray();
    Mser5 m = Mser5.of(new IntervalSeries(days, values));
    assertEquals(4, m.batches());
    assertEquals(1, m.truncatedBatches());
    assertEquals(35, m.truncationDay());
  }

  @Test
  void mserTruncatesAnInitialTransientWithinABatchOfItsEnd() {
    // the first 52 weeks (to day 364) sit at 60, the rest at 100, both with noise of sd 5: a
    // cut can only fall on a batch boundary, every 35 days
    Random random = new Random(3);
    Mser5 m = Mser5.of(weekly(10, day -> (day < 364 ? 60 : 100) + 5 * random.nextGaussian()));
    assertEquals(364, m.truncationDay(), 35);
    assertFalse(m.atSearchLimit());
  }

  @Test
  void mserBarelyTruncatesAStationarySeries() {
    // without a transient, dropping batches only pays when the first ones happen to be extreme:
    // typically none or one of the 104 batches goes, and never more than a few
    double[] truncated = new double[20];
    for (int seed = 1; seed <= truncated.length; seed++) {
      Mser5 m = Mser5.of(noise(10, 100, 5, seed));
      assertTrue(m.truncationDay() <= 0.15 * 10 * YEAR, "seed " + seed + ": " + m);
      truncated[seed - 1] = m.truncatedBatches();
    }
    assertTrue(new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(truncated)
        <= 1, java.util.Arrays.toString(truncated));
  }

  @Test
  void mserNeedsFourBatches() {
    Mser5 m = Mser5.of(weekly(0.3, day -> day));
    assertEquals(3, m.batches());
    assertTrue(Double.isNaN(m.truncationDay()));
  }

  @Test
  void theTrendOfALineIsItsSlope() {
    LinearTrend t = Stationarity.of(weekly(12, day -> 50 - 4 * day / YEAR)).trend();
    assertEquals(-4, t.slopePerYear(), 1e-3);
    assertTrue(t.halfWidth() < 1e-2, "a line has almost no residual: " + t);
    assertEquals(12, t.blocks());
    assertEquals(YEAR, t.blockDays());
  }

  @Test
  void theTrendIntervalCoversTheSlopeOfANoisyLine() {
    Random random = new Random(4);
    LinearTrend t = Stationarity.of(weekly(20, day -> 10 + 0.5 * day / YEAR
        + random.nextGaussian())).trend();
    assertTrue(t.low() < 0.5 && 0.5 < t.high(), t.toString());
    assertTrue(t.excludesZero());
  }

  @Test
  void aShortPeriodFitsItsTrendOnSixths() {
    LinearTrend t = Stationarity.of(weekly(2, day -> 3 * day / YEAR)).trend();
    assertEquals(6, t.blocks());
    assertEquals(3, t.slopePerYear(), 0.01);
  }

  @Test
  void meansWeighIntervalsByTheirLengthAndSkipMissingValues() {
    // a week at 1, a short last interval of two days at 8, a missing value in between
    IntervalSeries s = new IntervalSeries(new int[] {7, 14, 16}, new double[] {1, Double.NaN, 8});
    assertEquals((7 * 1 + 2 * 8) / 9.0, s.meanOver(0, 100), 1e-12);
    assertEquals(7, s.typicalIntervalDays());
    assertTrue(Double.isNaN(s.meanOver(100, 200)));
  }

  @Test
  void intervalsMustAdvance() {
    assertThrows(IllegalArgumentException.class,
        () -> new IntervalSeries(new int[] {7, 7}, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> new IntervalSeries(new int[] {7}, new double[] {1, 2}));
  }
}
