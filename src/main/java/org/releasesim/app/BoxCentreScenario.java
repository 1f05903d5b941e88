package org.releasesim.app;

import java.nio.file.Path;
import java.util.List;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;

/**
 * The scenario at a discovered box's centre: the sweep's base scenario with each factor's
 * centre value applied through the scenario reader exactly as {@code --set} would (the same
 * overrides a sweep applies to make a design point's scenario), written out whole, so that
 * {@code run} and {@code gui} open it on its own. Its comment header lists the overrides, so the
 * same scenario can be had from the base file with {@code --set}.
 */
public final class BoxCentreScenario {
  /** The file the box-centre scenario is written to, in the discovery folder. */
  public static final String FILE = "box-centre.yaml";

  private final Path base;
  private final List<String> overrides;
  private final LoadedScenario scenario;
  private final String name;

  private BoxCentreScenario(Path base, List<String> overrides, LoadedScenario scenario,
      String name) {
    this.base = base;
    this.overrides = List.copyOf(overrides);
    this.scenario = scenario;
    this.name = name;
  }

  /**
   * @param name the scenario's name (its results folder): made safe for a folder name
   * @throws UserInputException if the centre is not a valid scenario (say, an input column of a
   *     table that is not a scenario key)
   */
  public static BoxCentreScenario of(Path base, List<String> overrides, String name) {
    try {
      LoadedScenario s = new ScenarioReader().read(base, overrides);
      return new BoxCentreScenario(base, overrides, s, safeName(name));
    } catch (ScenarioException e) {
      throw new UserInputException("The box's centre is not a valid scenario, so no "
          + FILE + " can be written: " + base + " with "
          + String.join(" ", overrides.stream().map(o -> "--set " + o).toList()) + ": "
          + e.getMessage());
    }
  }

  /** The file: a comment header ({@code header}'s lines, then the overrides), then the YAML. */
  public String fileText(String header) {
    StringBuilder s = new StringBuilder();
    for (String line : header.split("\\R")) {
      s.append("# ").append(line).append('\n');
    }
    s.append("# It is ").append(base.getFileName()).append(" with these overrides, as --set"
        + " applies them:\n");
    s.append("#   release-sim run ").append(base);
    for (String o : overrides) {
      s.append(" \\\n#     --set ").append(o);
    }
    s.append('\n');
    String yaml = scenario.resolvedYaml();
    // the resolved YAML names the base scenario on its first line; this file has its own name
    if (yaml.startsWith("name:")) {
      int end = yaml.indexOf('\n');
      yaml = "name: " + name + yaml.substring(end < 0 ? yaml.length() : end);
    }
    return s.append(yaml).toString();
  }

  private static String safeName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
    safe = safe.isEmpty() ? "box-centre" : safe;
    return safe.length() > 80 ? safe.substring(0, 80) : safe;
  }
}
