package org.releasesim.output.discovery;

import java.nio.file.Path;
import java.util.List;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.discovery.DiscoveryTable;

/**
 * Where scenario discovery's rows came from, and what it needs to turn a box into a scenario.
 *
 * @param name names the results folder: the sweep's name, or the table file's base name
 * @param seed the sweep's master seed (0 for a table), recorded in the run id as for any result
 * @param base the scenario every row started from (a sweep folder's base.yaml), or null
 * @param baseOverrides the sweep's set: overrides of the base
 * @param factors per input of the table, the sweep factor it is (empty for a table)
 * @param table the rows
 */
public record DiscoverySource(String name, long seed, Path base, List<String> baseOverrides,
    List<Factor> factors, DiscoveryTable table) {
  public DiscoverySource {
    baseOverrides = List.copyOf(baseOverrides);
    factors = List.copyOf(factors);
  }
}
