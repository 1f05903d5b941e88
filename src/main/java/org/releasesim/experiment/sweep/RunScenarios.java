package org.releasesim.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.ScenarioReader;

/**
 * Builds the scenario of a run: the base file with, in order, the sweep's own overrides, each
 * factor's value at the run's design point, and the run's seed, all applied exactly as
 * {@code --set} would, so a run can be repeated from the command line with the overrides it
 * lists.
 *
 * <p>Reading and validating a scenario costs about as much as a small run, so each design
 * point's parameters are read once and kept (they are immutable records); each run then gets a
 * copy with its own seed, which is what the {@code seed=} override would give. Safe to use from
 * several threads.
 */
public final class RunScenarios {
  private final Path base;
  private final List<String> baseOverrides;
  private final List<Factor> factors;
  private final Map<Integer, ScenarioParams> byPoint = new ConcurrentHashMap<>();

  public RunScenarios(Path base, List<String> baseOverrides, List<Factor> factors) {
    this.base = base;
    this.baseOverrides = List.copyOf(baseOverrides);
    this.factors = List.copyOf(factors);
  }

  /** The overrides of a design point and seed, in the order they are applied. */
  public List<String> overrides(DesignPoint point, int seed) {
    List<String> all = new ArrayList<>(baseOverrides);
    for (int f = 0; f < factors.size(); f++) {
      all.addAll(factors.get(f).overrides(point.values().get(f)));
    }
    all.add("seed=" + seed);
    return all;
  }

  /**
   * The validated parameters of a run.
   *
   * @throws org.releasesim.scenario.ScenarioException if the point's combination is invalid
   */
  public ScenarioParams params(DesignPoint point, int seed) {
    ScenarioParams p = byPoint.computeIfAbsent(point.index(),
        i -> new ScenarioReader().read(base, overrides(point, seed)).params());
    // seeds from SeedSequence are in range, so the copy is valid
    return p.seed() == seed ? p : p.withSeed(seed);
  }
}
