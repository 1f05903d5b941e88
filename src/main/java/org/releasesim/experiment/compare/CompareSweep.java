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
 * @param draws parameter sets drawn from a posterior, each compared on its own (null: the
 *     scenario as it is). With draws the design lists every policy at every draw, and only the
 *     policies of one draw share a replicate's seed ({@code pairing: contrast}), so the noise of
 *     different draws is independent, as the split of variance into parameters and noise needs.
 */
public record CompareSweep(String scenarioName, Path scenario, List<String> overrides,
    List<String> policies, long seed, int replications, List<String> outcomes,
    PosteriorDraws draws) {

  public CompareSweep {
    overrides = List.copyOf(overrides);
    policies = List.copyOf(policies);
    outcomes = List.copyOf(outcomes);
  }

  /** A comparison on the scenario as it is. */
  public CompareSweep(String scenarioName, Path scenario, List<String> overrides,
      List<String> policies, long seed, int replications, List<String> outcomes) {
    this(scenarioName, scenario, overrides, policies, seed, replications, outcomes, null);
  }

  /** The design point of a policy (index in {@code policies}) at a draw. */
  public int point(int draw, int policy) {
    return draw * policies.size() + policy;
  }

  /** The sweep's name: {@code compare-<scenario>}, made safe as a folder name. */
  public String name() {
    return "compare-" + scenarioName.strip().replaceAll("[^A-Za-z0-9._-]+", "-")
        .replaceAll("^[^A-Za-z0-9]+", "");
  }

  /** The sweep file text. */
  public String text() {
    if (draws != null) {
      return posteriorText();
    }
    return head("compare", ": every replicate runs each policy with the same seed (common"
            + " random numbers)")
        + "design: {type: factorial}\n"
        + "factors:\n"
        + "  - name: policy\n"
        + "    policy: " + list(policies) + "\n"
        + "outcomes: " + list(outcomes) + "\n";
  }

  /**
   * The sweep file of a comparison over posterior draws: a points design listing, draw by draw,
   * every policy with the draw's parameter values; a comment names each draw's particle.
   */
  private String posteriorText() {
    StringBuilder points = new StringBuilder();
    for (int d = 0; d < draws.count(); d++) {
      List<String> values = draws.values(d);
      for (String policy : policies) {
        List<String> row = new java.util.ArrayList<>(List.of(policy));
        row.addAll(values);
        points.append("    - ").append(list(row)).append("   # draw ").append(d)
            .append(", particle ").append(draws.particle(d).index()).append('\n');
      }
    }
    StringBuilder factors = new StringBuilder("  - name: policy\n    policy: "
        + list(policies) + "\n");
    for (String key : draws.posterior().keys()) {
      factors.append("  - key: ").append(quote(key)).append('\n');
    }
    return head("compare --posterior", " over " + draws.count() + " draws from the posterior "
            + draws.posterior().file().getFileName() + ": at each draw every replicate runs each"
            + " policy with the same seed (common random numbers), and different draws have"
            + " seeds of their own")
        + "pairing: contrast\n"
        + "design:\n"
        + "  type: points\n"
        + "  points:\n" + points
        + "factors:\n" + factors
        + "outcomes: " + list(outcomes) + "\n";
  }

  /**
   * The lines every comparison's sweep file starts with, up to {@code paired}; {@code how}
   * completes the description after the scenario's name.
   */
  private String head(String command, String how) {
    return "# Written by release-sim " + command + "; repeat it with: release-sim sweep"
        + " <this file>\n"
        + "name: " + name() + "\n"
        + "description: " + quote("Paired comparison of " + String.join(", ", policies) + " on "
            + scenarioName + how + "; differences are against " + policies.get(0) + ".") + "\n"
        + "base: " + quote(scenario.toAbsolutePath().normalize().toString()) + "\n"
        + "set: " + list(overrides) + "\n"
        + "seed: " + seed + "\n"
        + "replications: " + replications + "\n"
        + "paired: true\n";
  }

  /** This comparison with another number of replicates. */
  public CompareSweep withReplications(int more) {
    return new CompareSweep(scenarioName, scenario, overrides, policies, seed, more, outcomes,
        draws);
  }

  private static String list(List<String> items) {
    return items.stream().map(CompareSweep::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A YAML single-quoted scalar: the only escape is a doubled quote. */
  static String quote(String text) {
    return "'" + text.replace("'", "''").replace("\n", " ") + "'";
  }
}
