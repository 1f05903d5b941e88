package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.sweep.AssumptionCatalog;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.scenario.ScenarioReader;

/**
 * Every bundled sweep plans without error, and the Morris screen covers every assumption (a
 * per-crime-type record counts as covered when at least one of its values is swept: the
 * detection rates of violent and property crime are unused by the model).
 */
class BundledSweepsTest {
  private static final Path DIR = Path.of("scenarios", "sweeps");

  @Test
  void everyBundledSweepPlans() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(DIR)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 3, "bundled sweeps: " + files);
    for (Path file : files) {
      SweepPlan plan = SweepPlanner.plan(new SweepFileReader().read(file), true);
      assertTrue(plan.runCount() > 0, file.toString());
    }
  }

  /**
   * docs/sensitivity.md takes the policy contrast point by point from two twin sweeps: they must
   * plan the same points on the same seeds, vary what the Morris screen varies (its policy
   * aside), and differ in the policy they set.
   */
  @Test
  void theContrastTwinsPlanTheSamePointsAndSeeds() {
    SweepPlan honor = plan("contrast-honor.yaml");
    SweepPlan none = plan("contrast-none.yaml");
    SweepPlan screen = plan("assumptions-morris.yaml");
    assertEquals(honor.design().points(), none.design().points());
    assertEquals(honor.seeds(), none.seeds());
    List<String> screened = screen.factors().stream().flatMap(f -> f.keys().stream())
        .filter(k -> !k.contains(".policy")).toList();
    assertEquals(screened, honor.factors().stream().flatMap(f -> f.keys().stream()).toList());
    assertTrue(honor.baseOverrides().contains("jurisdictions[0].policy=HONOR_DETAINERS"));
    assertTrue(none.baseOverrides().contains("jurisdictions[0].policy=NO_COOPERATION"));
  }

  private static SweepPlan plan(String name) {
    return SweepPlanner.plan(new SweepFileReader().read(DIR.resolve(name)), false);
  }

  @Test
  void theMorrisScreenCoversEveryAssumptionParameter() {
    Path file = DIR.resolve("assumptions-morris.yaml");
    SweepPlan plan = SweepPlanner.plan(new SweepFileReader().read(file), false);
    assertEquals("morris", plan.design().type());
    Set<String> swept = plan.factors().stream().flatMap(f -> f.keys().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    var base = new ScenarioReader().read(plan.base(), plan.baseOverrides()).params();
    Set<String> missing = new TreeSet<>();
    for (AssumptionCatalog.Assumption a : AssumptionCatalog.of(base)) {
      boolean covered = swept.stream().anyMatch(k -> k.equals(a.key())
          || !a.owner().equals(a.key()) && k.startsWith(a.owner() + "."));
      if (!covered) {
        missing.add(a.key());
      }
    }
    assertTrue(missing.isEmpty(), "assumptions the Morris screen does not vary: " + missing);
    assertFalse(AssumptionCatalog.of(base).isEmpty());
  }
}
