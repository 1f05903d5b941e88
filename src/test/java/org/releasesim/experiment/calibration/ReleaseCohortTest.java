package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The BJS cohort measures on a cohort small enough to count by hand. */
class ReleaseCohortTest {
  private static final double EPS = 1e-12;
  private static final double NEVER = Double.POSITIVE_INFINITY;
  private static final int VIOLENT = 0;
  private static final int PROPERTY = 1;

  /** Eight releasees: re-arrested after 30, 100, 200, 400, 1000, 2000 days, two never. */
  private static final ReleaseCohort COHORT = new ReleaseCohort(List.of(
      new Releasee(1, VIOLENT, 1, 30, 5), new Releasee(2, PROPERTY, 1, 100, 3),
      new Releasee(3, PROPERTY, 1, 200, 1), new Releasee(4, VIOLENT, 1, 400, 1),
      new Releasee(5, PROPERTY, 3, 1000, 1), new Releasee(6, VIOLENT, 3, 2000, 0),
      new Releasee(7, VIOLENT, 3, NEVER, 0), new Releasee(8, PROPERTY, 3, NEVER, 0)));

  @Test
  void cumulativeRearrestCountsFirstArrestsUpToEachHorizon() {
    assertEquals(3 / 8.0, COHORT.rearrestedWithin(365), EPS);
    assertEquals(5 / 8.0, COHORT.rearrestedWithin(3 * 365.25), EPS);
    assertEquals(5 / 8.0, COHORT.rearrestedWithin(5 * 365.25), EPS);
    assertEquals(6 / 8.0, COHORT.rearrestedWithin(10 * 365.25), EPS);
    assertEquals(0, COHORT.rearrestedWithin(0), EPS);
  }

  @Test
  void byCommitmentOffence() {
    assertEquals(2 / 4.0, COHORT.rearrestedWithin(5 * 365.25, VIOLENT), EPS);
    assertEquals(3 / 4.0, COHORT.rearrestedWithin(5 * 365.25, PROPERTY), EPS);
    assertTrue(Double.isNaN(COHORT.rearrestedWithin(365, 3)), "nobody committed for type 3");
  }

  @Test
  void byAgeBand() {
    // persons 1-4 are aged 15-24 (all re-arrested within 5 years), 5-8 are 40 and over
    assertEquals(1.0, COHORT.rearrestedWithinByAge(5 * 365.25, 1), EPS);
    assertEquals(1 / 4.0, COHORT.rearrestedWithinByAge(5 * 365.25, 3), EPS);
    assertTrue(Double.isNaN(COHORT.rearrestedWithinByAge(365, 2)), "nobody aged 25-39");
  }

  @Test
  void frontLoadingIsTheShareOfLaterRearrestsThatCameEarly() {
    // re-arrested within 5 years: 30, 100, 200, 400, 1000 days; within 6 months: 30, 100
    assertEquals(2 / 5.0, COHORT.shareOfRearrestsWithin(182.625, 5 * 365.25), EPS);
  }

  @Test
  void concentrationUsesFiveYearArrestsOfEveryReleasee() {
    // 11 arrests; 48.4% = 5.324: the top releasee (5) and 0.324 / 3 of the next
    assertEquals((1 + 0.324 / 3) / 8, COHORT.concentration(0.484), 1e-9);
  }

  @Test
  void theCurveIsTheCumulativeShareAtEachPoint() {
    assertArrayEquals(new double[] {0, 1 / 8.0, 3 / 8.0},
        COHORT.curve(new double[] {0, 30, 365}), EPS);
  }

  @Test
  void anEmptyCohortMeasuresNothing() {
    ReleaseCohort empty = new ReleaseCohort(List.of());
    assertTrue(Double.isNaN(empty.rearrestedWithin(365)));
    assertTrue(Double.isNaN(empty.concentration(0.5)));
  }

  @Test
  void aReleaseeWhoMovesAwayIsCensoredNotCountedAsNeverRearrested() {
    // by hand (Kaplan-Meier): B moves on day 5; at day 10 three are at risk and one is
    // arrested (S = 2/3); at day 20 two are at risk and one is arrested (S = 1/3)
    ReleaseCohort cohort = new ReleaseCohort(List.of(
        new Releasee(1, 0, 2, 10, 1),
        new Releasee(2, 0, 2, Double.POSITIVE_INFINITY, 0, 5),
        new Releasee(3, 0, 2, 20, 1),
        new Releasee(4, 0, 2, Double.POSITIVE_INFINITY, 0)));
    assertEquals(1.0 / 3, cohort.rearrestedWithin(10), 1e-12);
    assertEquals(2.0 / 3, cohort.rearrestedWithin(20), 1e-12);
    assertEquals(0.5, cohort.shareOfRearrestsWithin(10, 20), 1e-12);
  }
}
