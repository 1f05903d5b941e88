package org.releasesim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A sweep's size is counted from its design before anything is built, and a plan too large for
 * the run limit or for the heap is refused naming the count, the limit and what to change.
 */
class SweepSizeTest {
  private static SweepSpec spec(String design, int replications, String factors) {
    String text = "name: t\nbase: " + Path.of("scenarios/small-teaching.yaml").toAbsolutePath()
        + "\nseed: 9\nreplications: " + replications + "\ndesign: " + design + "\nfactors:\n"
        + factors;
    return new SweepFileReader().parse(text, Path.of("t.yaml"));
  }

  private static String ranges(int k) {
    StringBuilder factors = new StringBuilder();
    for (int f = 0; f < k; f++) {
      factors.append("  - {name: f").append(f)
          .append(", key: trust.unauthorizedChill, range: {min: 0, max: 0.3}}\n");
    }
    return factors.toString();
  }

  @Test
  void aSobolDesignPastTheRunLimitIsRefusedNamingCountLimitAndKey() {
    // N (k + 2) = 1,000,000 x 102 = 102,000,000 points, twice the limit
    SweepException e = assertThrows(SweepException.class, () -> SweepPlanner.plan(
        spec("{type: sobol, samples: 1000000}", 1, ranges(100)), false, Long.MAX_VALUE));
    String m = e.getMessage();
    assertTrue(m.startsWith("t.yaml, line 5"), m);
    assertTrue(m.contains("plans 102,000,000 runs") && m.contains("1000000 x 102")
        && m.contains("at most 50,000,000 runs") && m.contains("lower design.samples"), m);
  }

  @Test
  void replicationsMultiplyThePointsCounted() {
    // 1,000 points x 100,000 replicates = 100,000,000 runs
    SweepException e = assertThrows(SweepException.class, () -> SweepPlanner.plan(
        spec("{type: latin-hypercube, samples: 1000}", 100_000, ranges(2)), false,
        Long.MAX_VALUE));
    String m = e.getMessage();
    assertTrue(m.contains("plans 100,000,000 runs, 1,000 points (design.samples) x 100,000"
        + " replicates") && m.contains("lower replications (now 100000)"), m);
  }

  @Test
  void aPlanThatFitsTheRunLimitButNotTheHeapIsRefusedWithTheHeapToUse() {
    SweepSpec s = spec("{type: latin-hypercube, samples: 1000}", 10, ranges(3));
    SweepException e = assertThrows(SweepException.class,
        () -> SweepPlanner.plan(s, false, 1_000_000));
    String m = e.getMessage();
    assertTrue(m.contains("planning the sweep's 10,000 runs (1,000 points of 3 factors x 10"
        + " replicates) needs about") && m.contains("RELEASE_SIM_JAVA_OPTS=-Xmx1g"), m);
  }

  @Test
  void theSameSweepIsPlannedWhenTheHeapSuffices() {
    SweepPlan plan = SweepPlanner.plan(spec("{type: latin-hypercube, samples: 1000}", 10,
        ranges(3)), false, Long.MAX_VALUE);
    assertEquals(10_000, plan.runCount());
  }

  @Test
  void theEstimateGrowsWithRunsPointsAndFactors() {
    DesignSpec lhs = new DesignSpec("latin-hypercube", 1000, 0, 0, java.util.List.of(), "x");
    long one = SweepSize.of(lhs, java.util.List.of(), 1).bytesToPlan();
    assertEquals(1000 * (SweepSize.BYTES_PER_RUN + SweepSize.BYTES_PER_POINT), one);
    assertEquals(one + 1000 * 9 * SweepSize.BYTES_PER_RUN,
        SweepSize.of(lhs, java.util.List.of(), 10).bytesToPlan());
  }
}
