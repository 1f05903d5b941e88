package org.releasesim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.gui.watch.PolicyPair;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;

/**
 * The two scenarios of {@code gui --side-by-side A,B}: the scenario with the user's overrides and
 * seed, then every jurisdiction's policy set to A, or to B, by the same {@code --set} keys a
 * comparison's policy factor uses ({@code jurisdictions[j].policy}, after the user's own), so
 * each run can be repeated headless with {@code release-sim run ... --set
 * jurisdictions[0].policy=A}. The seed is the same in both: common random numbers.
 */
public final class SideBySideScenarios {
  private SideBySideScenarios() {}

  /**
   * @param loaded the scenario as read with {@code overrides}
   * @param overrides the user's overrides (and seed), in order
   * @param policies A then B
   * @throws UserInputException naming the allowed policies, if one is unknown
   */
  public static PolicyPair pair(LoadedScenario loaded, Path file, List<String> overrides,
      List<String> policies) {
    List<String> known = loaded.params().policyNames();
    List<String> chosen = policies.stream().map(String::strip).toList();
    for (String p : chosen) {
      if (!known.contains(p)) {
        throw new UserInputException("--side-by-side: '" + p + "' is not a policy of " + file
            + "; allowed: " + String.join(", ", known) + " (the bundled policies and those the"
            + " scenario defines under policies).");
      }
    }
    LoadedScenario a = underPolicy(loaded, file, overrides, chosen.get(0));
    LoadedScenario b = underPolicy(loaded, file, overrides, chosen.get(1));
    return new PolicyPair(loaded.name(), chosen.get(0), a.params(), chosen.get(1), b.params());
  }

  private static LoadedScenario underPolicy(LoadedScenario loaded, Path file,
      List<String> overrides, String policy) {
    List<String> all = new ArrayList<>(overrides);
    for (int j = 0; j < loaded.params().jurisdictions().size(); j++) {
      all.add("jurisdictions[" + j + "].policy=" + policy);
    }
    return new ScenarioReader().read(file, all);
  }
}
