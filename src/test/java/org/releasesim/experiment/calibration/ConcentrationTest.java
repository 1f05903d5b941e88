package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The concentration measure against examples worked by hand. */
class ConcentrationTest {
  private static final double EPS = 1e-12;

  @Test
  void oneHeavyOffenderCarriesHalfTheArrestsWithHalfOfHisOwn() {
    // 4 arrests, half = 2; the top person has 4, so half of one person of four: 0.5 / 4
    assertEquals(0.125, Concentration.shareOfPeopleFor(new int[] {0, 4, 0, 0}, 0.5), EPS);
  }

  @Test
  void evenArrestsNeedTheSameShareOfPeopleAsOfArrests() {
    assertEquals(0.5, Concentration.shareOfPeopleFor(new int[] {1, 1, 1, 1}, 0.5), EPS);
    assertEquals(0.25, Concentration.shareOfPeopleFor(new int[] {2, 2, 2, 2}, 0.25), EPS);
  }

  @Test
  void theLastPersonNeededCountsFractionally() {
    // 3 + 1 + 1 + 1 + 0 = 6 arrests; 48.4% = 2.904 arrests, all from the top person (3):
    // 2.904 / 3 = 0.968 of a person, of five people
    assertEquals(0.968 / 5,
        Concentration.shareOfPeopleFor(new int[] {1, 3, 0, 1, 1}, 0.484), EPS);
    // 70% = 4.2 arrests: the top person (3) and 1.2 of the ones: 1 + 1 + 0.2 = 2.2 people
    assertEquals(2.2 / 5, Concentration.shareOfPeopleFor(new int[] {1, 3, 0, 1, 1}, 0.7), EPS);
  }

  @Test
  void allArrestsNeedEveryoneArrested() {
    assertEquals(0.6, Concentration.shareOfPeopleFor(new int[] {2, 0, 5, 1, 0}, 1.0), EPS);
  }

  @Test
  void noArrestsOrNoPeopleGiveNaN() {
    assertTrue(Double.isNaN(Concentration.shareOfPeopleFor(new int[] {0, 0}, 0.5)));
    assertTrue(Double.isNaN(Concentration.shareOfPeopleFor(new int[0], 0.5)));
  }

  @Test
  void badInputIsRefusedWithTheValue() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Concentration.shareOfPeopleFor(new int[] {1}, 0));
    assertTrue(e.getMessage().contains("0.0"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Concentration.shareOfPeopleFor(new int[] {1}, 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> Concentration.shareOfPeopleFor(new int[] {1, -1}, 0.5));
  }
}
