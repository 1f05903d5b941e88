package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.stats.Estimate;

/** The pass rules: 3 points for shares, 10% for counts, CI-aware in the quick form. */
class TargetTest {
  private static final Target SHARE = new Target("s", "share", 0.43, Target.Check.SHARE, "",
      "src", "def");
  private static final Target COUNT = new Target("c", "count", 2200, Target.Check.COUNT,
      "per 100k", "src", "def");
  private static final Target ORDER = new Target("o", "order", 0.023, Target.Check.ORDERING,
      "", "src", "def");

  private static Estimate mean(double m, double halfWidth) {
    return new Estimate(4, m, 1, halfWidth);
  }

  @Test
  void sharesPassWithinThreePoints() {
    assertTrue(SHARE.passes(mean(0.459, 0.01), false));
    assertTrue(SHARE.passes(mean(0.401, 0.01), false));
    assertFalse(SHARE.passes(mean(0.461, 0.01), false));
    assertFalse(SHARE.passes(mean(0.399, 0.01), false));
  }

  @Test
  void countsPassWithinTenPercent() {
    assertTrue(COUNT.passes(mean(2419, 5), false));
    assertFalse(COUNT.passes(mean(2421, 5), false));
    assertFalse(COUNT.passes(mean(1979, 5), false));
  }

  @Test
  void theQuickFormAddsTheHalfWidth() {
    assertFalse(SHARE.passes(mean(0.48, 0.015), false));
    assertTrue(SHARE.passes(mean(0.48, 0.025), true));
    assertFalse(SHARE.passes(mean(0.48, 0.015), true));
  }

  @Test
  void orderingsPassOnAPositiveMarginAndNaNNeverPasses() {
    assertTrue(ORDER.passes(mean(0.001, Double.NaN), false));
    assertFalse(ORDER.passes(mean(-0.001, Double.NaN), true));
    assertFalse(SHARE.passes(mean(Double.NaN, Double.NaN), true));
  }

  @Test
  void theMarginIsPositiveOnlyForPropertyHighestViolentLowest() {
    // violent, property, drug, public order
    assertEquals(0.023, CalibrationRun.orderingMargin(new double[] {0.713, 0.821, 0.769, 0.736}),
        1e-12);
    assertTrue(CalibrationRun.orderingMargin(new double[] {0.75, 0.74, 0.70, 0.72}) < 0);
    assertTrue(CalibrationRun.orderingMargin(new double[] {0.70, 0.80, 0.81, 0.72}) < 0);
  }

  @Test
  void everyTargetHasAUniqueIdASourceAndADefinition() {
    var ids = new HashSet<String>();
    for (Target t : Targets.all()) {
      assertTrue(ids.add(t.id()), "duplicate id " + t.id());
      assertFalse(t.source().isBlank(), t.id());
      assertFalse(t.definition().isBlank(), t.id());
    }
  }
}
