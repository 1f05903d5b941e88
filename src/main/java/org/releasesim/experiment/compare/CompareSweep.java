package org.releasesim.experiment.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paired policy comparison written as the sweep file it amounts to: one factor (the policy of
 * every jurisdiction), a factorial design over the policies in the order given (the first is
 * the reference), paired replicates. Writing it out, rather than building a plan by hand, means
 * the comparison runs through exactly the sweep machinery, and its folder's sweep.yaml repeats
 * it with {@code release-sim sweep}.
 *
 * @param scenarioName the scenario's name
 * @param scenario the scenario file
 * @param overrides {@code --set} overrides
 * @param policies the policies, reference first
 * @param seed the master seed
 * @param replications replicates (per policy)
 * @param outcomes the outcomes to report
 */
public record CompareSweep(String scenarioName, Path scenario, List<String> overrides,
    List<String> policies, long seed, int replications, List<String> outcomes) {

  public CompareSweep {
    overrides = List.copyOf(overrides);
    policies = List.copyOf(policies);
    outcomes = List.copyOf(outcomes);
  }

  /** The sweep's name: {@code compare-<scenario>}, made safe as a folder name. */
  public String name() {
    return "compare-" + scenarioName.strip().replaceAll("[^A-Za-z0-9._-]+", "-")
        .replaceAll("^[^A-Za-z0-9]+", "");
  }

  /** The sweep file text. */
  public String text() {
    return "# Written by release-sim compare; repeat it with: release-sim sweep <this file>\n"
        + "name: " + name() + "\n"
        + "description: " + quote("Paired comparison of " + String.join(", ", policies) + " on "
            + scenarioName + ": every replicate runs each policy with the same seed (common"
            + " random numbers); differences are against " + policies.get(0) + ".") + "\n"
        + "base: " + quote(scenario.toAbsolutePath().normalize().toString()) + "\n"
        + "set: " + list(overrides) + "\n"
        + "seed: " + seed + "\n"
        + "replications: " + replications + "\n"
        + "paired: true\n"
        + "design: {type: factorial}\n"
        + "factors:\n"
        + "  - name: policy\n"
        + "    policy: " + list(policies) + "\n"
        + "outcomes: " + list(outcomes) + "\n";
  }

  /** This comparison with another number of replicates. */
  public CompareSweep withReplications(int more) {
    return new CompareSweep(scenarioName, scenario, overrides, policies, seed, more, outcomes);
  }

  private static String list(List<String> items) {
    return items.stream().map(CompareSweep::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A YAML single-quoted scalar: the only escape is a doubled quote. */
  static String quote(String text) {
    return "'" + text.replace("'", "''").replace("\n", " ") + "'";
  }
}
