package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.releasesim.model.param.VictimTargetingParams;

/**
 * Offenders' perception of reporting (ODD 7.2): counts forget at 1/memoryDays a day, a tract's
 * rate is shrunk toward the county's by the prior weight, and the acceptance of a candidate is
 * (lowest judged reporting / the candidate's) ^ strength.
 */
class ReportingPerceptionTest {
  private static final int C = Group.CITIZEN.ordinal();
  private static final int L = Group.LAWFUL_NONCITIZEN.ordinal();
  private static final int U = Group.UNAUTHORIZED.ordinal();
  private static final double[] USUAL = {0.4, 0.36, 0.2};

  private static ReportingPerception perception(double prior, boolean relative) {
    return new ReportingPerception(new VictimTargetingParams(1, 100, prior, relative), 2, USUAL);
  }

  private static void see(ReportingPerception p, int tract, int group, int victims, int reports) {
    for (int i = 0; i < victims; i++) {
      p.record(tract, group, i < reports);
    }
  }

  @Test
  void beforeAnyVictimisationTheRateIsTheUsualOne() {
    ReportingPerception p = perception(10, true);
    for (int g = 0; g < Group.count(); g++) {
      assertEquals(USUAL[g], p.rate(0, g), 1e-12);
      assertEquals(1.0, p.judged(1, g), 1e-12);
      assertEquals(1.0, p.acceptance(1, g, 2.0), 1e-12);
    }
  }

  @Test
  void aTractsRateIsItsReportedShareShrunkTowardTheCountyRateByThePriorWeight() {
    ReportingPerception p = perception(10, true);
    see(p, 0, U, 30, 3);
    // county: (3 + 10 x 0.2) / (30 + 10) = 0.125; tract 0: (3 + 10 x 0.125) / (30 + 10)
    assertEquals(0.125, p.countyRate(U), 1e-12);
    assertEquals((3 + 10 * 0.125) / 40, p.rate(0, U), 1e-12);
    // tract 1 has seen no unauthorized victim: it is judged by the county rate
    assertEquals(0.125, p.rate(1, U), 1e-12);
  }

  @Test
  void countsFadeByOneOverEAfterMemoryDays() {
    ReportingPerception p = perception(0, true);
    see(p, 0, C, 100, 50);
    see(p, 0, U, 100, 10);
    for (int day = 0; day < 100; day++) {
      p.forget(1.0);
    }
    // 100 days = the memory: every count is 1/e of what it was, so the shares are unchanged...
    assertEquals(0.5, p.rate(0, C), 1e-12);
    // ...and new evidence now weighs e times more than the old: 20 unreported victimisations
    see(p, 0, U, 20, 0);
    double old = 100 * Math.exp(-1);
    assertEquals(10 * Math.exp(-1) / (old + 20), p.rate(0, U), 1e-9);
  }

  @Test
  void aGroupReportingHalfItsUsualShareIsAcceptedEveryTimeAndTheOthersAtTwoToTheMinusStrength() {
    ReportingPerception p = perception(0, true);
    see(p, 0, C, 1000, 400); // usual
    see(p, 0, L, 1000, 360); // usual
    see(p, 0, U, 1000, 100); // half of usual
    assertEquals(1.0, p.acceptance(0, U, 0.94), 1e-12);
    assertEquals(Math.pow(2, -0.94), p.acceptance(0, C, 0.94), 1e-12);
    assertEquals(Math.pow(2, -0.94), p.acceptance(0, L, 0.94), 1e-12);
    assertEquals(1.0, p.acceptance(0, C, 0), 1e-12);
  }

  @Test
  void judgedAgainstOtherGroupsAGroupThatAlwaysReportsLessIsPreferredEvenAtItsUsualRate() {
    ReportingPerception relative = perception(0, true);
    ReportingPerception absolute = perception(0, false);
    for (ReportingPerception p : new ReportingPerception[] {relative, absolute}) {
      see(p, 0, C, 1000, 400);
      see(p, 0, L, 1000, 360);
      see(p, 0, U, 1000, 200);
    }
    assertEquals(1.0, relative.acceptance(0, C, 1), 1e-12);
    assertEquals(0.2 / 0.4, absolute.acceptance(0, C, 1), 1e-12);
    assertEquals(0.2 / 0.36, absolute.acceptance(0, L, 1), 1e-12);
    assertEquals(1.0, absolute.acceptance(0, U, 1), 1e-12);
  }
}
