package org.releasesim.cli;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.scenario.CommandLineOverride;
import picocli.CommandLine.Option;

/**
 * The options that change a scenario from the command line, shared by every command that reads
 * one: {@code --set KEY=VALUE} (repeatable) and {@code --seed N}. They reach the scenario reader
 * in that order, each naming the option the user typed, so a bad value is reported as the
 * option it came from.
 */
final class ScenarioOverrides {
  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario key,"
      + " e.g. --set jurisdictions[0].policy=HONOR_DETAINERS. Repeatable.")
  private List<String> sets = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", description = "Master seed (0 to 2147483647);"
      + " overrides the scenario's seed.")
  private Long seed;

  /** The --set overrides as typed. */
  List<String> sets() {
    return List.copyOf(sets);
  }

  /** The seed given with --seed, or null. */
  Long seed() {
    return seed;
  }

  /** Whether any override was given. */
  boolean any() {
    return seed != null || !sets.isEmpty();
  }

  /** The overrides for the scenario reader: the --set ones, then the seed. */
  List<CommandLineOverride> forReader() {
    List<CommandLineOverride> all = new ArrayList<>(sets.stream()
        .map(CommandLineOverride::set).toList());
    if (seed != null) {
      all.add(CommandLineOverride.option("--seed", "seed", seed));
    }
    return all;
  }

  /** The overrides as {@code key=value} text: the --set ones, then the seed. */
  List<String> asText() {
    List<String> all = new ArrayList<>(sets);
    if (seed != null) {
      all.add("seed=" + seed);
    }
    return all;
  }

  /** The options again, as a child process is given them. */
  List<String> asArguments() {
    List<String> args = new ArrayList<>();
    if (seed != null) {
      args.add("--seed=" + seed);
    }
    sets.forEach(o -> args.add("--set=" + o));
    return args;
  }
}
