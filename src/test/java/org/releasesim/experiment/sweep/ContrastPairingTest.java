package org.releasesim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pairing: contrast}: a point shares a replicate's seed with its reference point (the
 * same values, the policy at its first level) and with no other point; a point listed twice
 * pairs its n-th listing with the n-th listing of its reference.
 */
class ContrastPairingTest {
  private static SweepPlan plan(String pairing, String design) {
    String text = "name: t\nbase: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
        + "\nseed: 9\nreplications: 2\npaired: true\n" + pairing + design + "factors:\n"
        + "  - name: policy\n    policy: [NO_COOPERATION, HONOR_DETAINERS]\n"
        + "  - key: trust.unauthorizedChill\n    values: [0.05, 0.1]\n";
    return SweepPlanner.plan(new SweepFileReader().parse(text, Path.of("t.yaml")), false);
  }

  private static final String POINTS = "design:\n  type: points\n  points:\n"
      + "    - [NO_COOPERATION, 0.05]\n    - [HONOR_DETAINERS, 0.05]\n"
      + "    - [NO_COOPERATION, 0.05]\n    - [HONOR_DETAINERS, 0.05]\n"
      + "    - [NO_COOPERATION, 0.1]\n    - [HONOR_DETAINERS, 0.1]\n";

  @Test
  void onlyAPointAndItsReferenceShareAReplicatesSeed() {
    SweepPlan plan = plan("pairing: contrast\n", POINTS);
    for (int r = 0; r < 2; r++) {
      List<Integer> seeds = plan.seeds().subList(6 * r, 6 * r + 6);
      for (int block = 0; block < 3; block++) {
        assertEquals(seeds.get(2 * block), seeds.get(2 * block + 1), "block " + block);
      }
      assertEquals(3, seeds.stream().distinct().count(),
          "three blocks, the repeated one too, each with a seed of its own: " + seeds);
    }
    assertNotEquals(plan.seeds().get(0), plan.seeds().get(6), "replicates differ");
    List<Contrast> contrasts = Contrasts.of(plan, new RunTable(plan, List.of()));
    assertEquals(List.of(0, 2, 4), contrasts.stream().filter(c -> c.outcome() == 0)
        .map(Contrast::reference).toList(), "the second listing pairs with the second");
  }

  @Test
  void withoutContrastPairingEveryPointOfAReplicateSharesItsSeed() {
    SweepPlan plan = plan("", POINTS);
    assertEquals(1, plan.seeds().subList(0, 6).stream().distinct().count());
  }

  @Test
  void contrastPairingNeedsPairedAndAKnownValue() {
    String unpaired = "name: t\nbase: x.yaml\nseed: 9\npairing: contrast\n"
        + "design: {type: factorial}\nfactors:\n  - key: trust.unauthorizedChill\n"
        + "    values: [0.05, 0.1]\n";
    SweepException e = assertThrows(SweepException.class,
        () -> new SweepFileReader().parse(unpaired, Path.of("t.yaml")));
    assertTrue(e.getMessage().contains("pairing: contrast needs paired: true"), e.getMessage());
    SweepException bad = assertThrows(SweepException.class, () -> new SweepFileReader().parse(
        unpaired.replace("contrast", "draws").replace("seed: 9", "seed: 9\npaired: true"),
        Path.of("t.yaml")));
    assertTrue(bad.getMessage().contains("allowed: replicate"), bad.getMessage());
  }
}
