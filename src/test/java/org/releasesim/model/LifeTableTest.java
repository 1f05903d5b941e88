package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.AgeShares;

/** The life table against the figures NCHS published with it, and its draws against itself. */
class LifeTableTest {
  private final LifeTable table = new LifeTable(1);

  @Test
  void lifeExpectanciesMatchThePublishedTable() {
    // NCHS, United States Life Tables 2013: e(0) = 78.8, e(65) = 19.3 years
    assertEquals(78.8, table.expectancy(0), 0.4);
    assertEquals(19.3, table.expectancy(65), 0.3);
  }

  @Test
  void defaultAgeSharesAreTheTablesStationaryPopulation() {
    AgeShares d = AgeShares.DEFAULTS;
    assertEquals(d.child(), table.stationaryShare(0, 15), 0.001);
    assertEquals(d.young(), table.stationaryShare(15, 25), 0.001);
    assertEquals(d.adult(), table.stationaryShare(25, 40), 0.001);
    assertEquals(d.older(), table.stationaryShare(40, LifeTable.MAX_AGE), 0.001);
  }

  @Test
  void ageAtSurvivalInvertsSurvival() {
    for (double age = 0; age < 105; age += 0.7) {
      assertEquals(age, table.ageAtSurvival(table.survival(age)), 1e-6, "age " + age);
    }
  }

  @Test
  void deathsGivenSurvivalFollowTheConditionalSurvivalCurve() {
    SplittableRandom rnd = new SplittableRandom(5);
    double from = 60;
    int n = 100_000;
    double[] checks = {65, 70, 80, 90, 100};
    int[] beyond = new int[checks.length];
    for (int i = 0; i < n; i++) {
      double death = table.ageAtDeath(from, rnd.nextDouble());
      assertTrue(death >= from);
      for (int k = 0; k < checks.length; k++) {
        beyond[k] += death > checks[k] ? 1 : 0;
      }
    }
    for (int k = 0; k < checks.length; k++) {
      double expected = table.survival(checks[k]) / table.survival(from);
      double se = Math.sqrt(expected * (1 - expected) / n);
      assertEquals(expected, beyond[k] / (double) n, 5 * se + 1e-9, "beyond " + checks[k]);
    }
  }

  @Test
  void stationaryAgesFallInTheirBandWithTheTablesShares() {
    SplittableRandom rnd = new SplittableRandom(6);
    int n = 100_000;
    int under60 = 0;
    for (int i = 0; i < n; i++) {
      double age = table.stationaryAge(40, LifeTable.MAX_AGE, rnd.nextDouble());
      assertTrue(age >= 40 && age < LifeTable.MAX_AGE, "age " + age);
      under60 += age < 60 ? 1 : 0;
    }
    double expected = table.stationaryShare(40, 60) / table.stationaryShare(40, LifeTable.MAX_AGE);
    assertEquals(expected, under60 / (double) n, 5 * Math.sqrt(expected * (1 - expected) / n));
  }

  @Test
  void aMortalityMultiplierRaisesEveryHazardByThatFactor() {
    LifeTable doubled = new LifeTable(2);
    for (double age : new double[] {10, 40, 70, 90}) {
      double s = table.survival(age);
      assertEquals(s * s, doubled.survival(age), 1e-12);
    }
    assertTrue(doubled.expectancy(0) < table.expectancy(0) - 5);
  }
}
