package org.releasesim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.design.FactorDomain;

class SweepPlannerTest {
  private static SweepPlan plan(String factors) {
    String text = "name: t\nbase: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
        + "\nseed: 9\nreplications: 2\ndesign: {type: latin-hypercube, samples: 5}\nfactors:\n"
        + factors;
    return SweepPlanner.plan(new SweepFileReader().parse(text, Path.of("t.yaml")), true);
  }

  @Test
  void scaleMultipliesTheBaseValueWithinTheAllowedRange() {
    SweepPlan plan = plan("""
          - key: jurisdictions[0].iceOfficers
            scale: {min: 0.5, max: 1.5}
          - key: ice.removalProbability
            scale: {min: 0.5, max: 2}
        """);
    assertEquals(new FactorDomain.Range(6, 18), plan.factors().get(0).domain());
    assertTrue(plan.factors().get(0).integer());
    // 0.75 x 2 = 1.5 is above the allowed maximum of 1
    assertEquals(new FactorDomain.Range(0.375, 1), plan.factors().get(1).domain());
    for (var p : plan.points()) {
      assertTrue(p.values().get(0).matches("\\d+"), p.values().get(0));
    }
  }

  @Test
  void runsGoReplicateByReplicateWithDistinctSeedsWhenUnpaired() {
    SweepPlan plan = plan("""
          - key: trust.unauthorizedChill
            range: {min: 0, max: 0.2}
        """);
    assertEquals(10, plan.runCount());
    assertEquals(new RunSpec(7, 2, 1, plan.seeds().get(7)), plan.run(7));
    assertEquals(10, plan.seeds().stream().distinct().count());
    assertEquals(plan.seeds().subList(0, 10), plan.withReplications(4).seeds().subList(0, 10));
  }

  @Test
  void scaleNeedsANumberParameter() {
    SweepException e = assertThrows(SweepException.class, () -> plan("""
          - key: trust.enabled
            scale: {min: 0.5, max: 1.5}
        """));
    assertTrue(e.getMessage().contains("line 7") && e.getMessage().contains("holds true"),
        e.getMessage());
  }
}
