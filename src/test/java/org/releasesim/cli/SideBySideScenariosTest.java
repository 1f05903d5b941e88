package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.app.SideBySideScenarios;
import org.releasesim.gui.watch.PolicyPair;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;

/**
 * The two scenarios of {@code gui --side-by-side A,B} are the scenario as the user gave it (seed
 * and overrides) with every jurisdiction under A, or under B: the runs differ in nothing else.
 */
class SideBySideScenariosTest {
  @Test
  void everyJurisdictionGetsThePolicyAndNothingElseChanges(@TempDir Path dir)
      throws IOException {
    Path two = Files.writeString(dir.resolve("two.yaml"), "extends: "
        + Path.of("scenarios", "small-teaching.yaml").toAbsolutePath() + "\n"
        + "policies:\n  - {name: VIOLENT_ONLY, covers: {violentCharge: true},"
        + " cooperation: 0.3}\n"
        + "jurisdictions:\n  - {name: East, population: 800, policy: NOTIFY_ONLY}\n"
        + "  - {name: West, population: 900, policy: SERIOUS_ONLY}\n");
    List<String> overrides = List.of("trust.enabled=false", "seed=9");
    LoadedScenario loaded = new ScenarioReader().read(two, overrides);
    PolicyPair pair = SideBySideScenarios.pair(loaded, two, overrides,
        List.of("NO_COOPERATION", " VIOLENT_ONLY"));
    assertEquals("NO_COOPERATION", pair.policyA());
    assertEquals("VIOLENT_ONLY", pair.policyB(), "a policy the scenario defines, by name");
    assertEquals(List.of("NO_COOPERATION", "NO_COOPERATION"), policies(pair.a()));
    assertEquals(List.of("VIOLENT_ONLY", "VIOLENT_ONLY"), policies(pair.b()));
    for (ScenarioParams p : List.of(pair.a(), pair.b())) {
      assertEquals(9, p.seed());
      assertFalse(p.trust().enabled());
    }
    // what run --set jurisdictions[j].policy=A gives, to repeat run A headless
    assertEquals(new ScenarioReader().read(two, List.of("trust.enabled=false", "seed=9",
        "jurisdictions[0].policy=NO_COOPERATION", "jurisdictions[1].policy=NO_COOPERATION"))
        .params(), pair.a());
  }

  private static List<String> policies(ScenarioParams p) {
    return p.jurisdictions().stream().map(JurisdictionParams::policy).toList();
  }
}
