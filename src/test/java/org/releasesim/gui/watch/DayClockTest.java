package org.releasesim.gui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DayClockTest {
  /** One year of warm-up (365.25 days) and two recorded years. */
  private final DayClock clock = new DayClock(365.25, 365.25 + 730.5);

  @Test
  void boundariesFallOnWholeDaysAfterTheWarmUpWithTheRemainderFirst() {
    assertEquals(0.25, clock.nextBoundary(0), 1e-12);
    assertEquals(1.25, clock.nextBoundary(0.25), 1e-12);
    assertEquals(365.25, clock.nextBoundary(364.25), 1e-12);
    assertEquals(366.25, clock.nextBoundary(365.25), 1e-12);
    assertEquals(1095.75, clock.nextBoundary(1095.25), 1e-12);
    assertTrue(clock.atEnd(clock.nextBoundary(1095.25)));
  }

  @Test
  void aRunWithoutWarmUpStepsWholeDaysFromZero() {
    DayClock plain = new DayClock(0, 10);
    assertEquals(1, plain.nextBoundary(0), 0);
    assertEquals(10, plain.stepsUntil(0, 1000));
    assertEquals("day 0 (recording starts)", plain.label(0));
  }

  @Test
  void stepsUntilCountsEveryBoundaryUpToTheRequestedDay() {
    assertEquals(366, clock.stepsUntil(0, 0));
    assertEquals(366 + 365, clock.stepsUntil(0, 365));
    assertEquals(365, clock.stepsUntil(365.25, 365));
    assertEquals(0, clock.stepsUntil(730.25, 365));
    assertEquals(366 + 731, clock.stepsUntil(0, 100_000), "capped at the horizon");
  }

  @Test
  void steppingBoundaryByBoundaryNeverStallsOnRounding() {
    double b = 0;
    int steps = 0;
    while (!clock.atEnd(b)) {
      double next = clock.nextBoundary(b);
      assertTrue(next > b, "boundary after " + b);
      b = next;
      steps++;
    }
    assertEquals(clock.stepsUntil(0, Integer.MAX_VALUE / 2), steps);
  }

  @Test
  void labelsCountDaysFromTheEndOfTheWarmUp() {
    assertEquals("warm-up, 365 days to go", clock.label(0.25));
    assertEquals("warm-up, 1 day to go", clock.label(364.25));
    assertEquals("day 0 (recording starts)", clock.label(365.25));
    assertEquals("day 365 (year 1)", clock.label(730.25));
    assertEquals("day 366 (year 2)", clock.label(731.25));
    assertEquals("day 730 (year 2), end of run", clock.label(1095.75));
    assertEquals(-365, clock.recordedDay(0.25));
  }

  @Test
  void rejectsAWarmUpLongerThanTheRun() {
    assertThrows(IllegalArgumentException.class, () -> new DayClock(10, 5));
  }
}
