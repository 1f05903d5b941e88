package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.releasesim.model.param.ScenarioParams;

/** The resolved YAML a manifest records reads back to the very same parameters. */
class ResolvedYamlRoundTripTest {
  private final ScenarioReader reader = new ScenarioReader();

  static Stream<String> goodFiles() {
    return Stream.of("minimal.yaml", "two-counties.yaml", "anchors.yaml", "bom.yaml",
        "extends/child.yaml", "extends/variants/high-chill.yaml", "defined-policies.yaml");
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void resolvedYamlReadsBackToEqualParams(String file) {
    LoadedScenario loaded = Fixtures.read(Fixtures.good(file));
    LoadedScenario again = reader.readText(loaded.resolvedYaml(), "replay.yaml");
    assertEquals(loaded.params(), again.params());
    assertEquals(loaded.name(), again.name());
    assertEquals(loaded.resolvedYaml(), again.resolvedYaml());
  }

  @Test
  void resolvedYamlIsDeterministicAndStartsWithTheName() {
    String first = Fixtures.read(Fixtures.good("two-counties.yaml")).resolvedYaml();
    String second = Fixtures.read(Fixtures.good("two-counties.yaml")).resolvedYaml();
    assertEquals(first, second);
    assertTrue(first.startsWith("name: Two counties\ndescription: "), first);
  }

  @Test
  void resolvedYamlListsEveryTopLevelKeyInRecordOrder() {
    String yaml = Fixtures.read(Fixtures.good("minimal.yaml")).resolvedYaml();
    int last = -1;
    for (var component : ScenarioParams.class.getRecordComponents()) {
      int at = yaml.indexOf("\n" + component.getName() + ":");
      assertTrue(at > last, component.getName() + " missing or out of order");
      last = at;
    }
  }

  @Test
  void arbitraryDoublesRoundTripExactly() {
    Random random = new Random(20240501);
    for (int i = 0; i < 200; i++) {
      double violent = random.nextDouble() * Math.pow(10, random.nextInt(6) - 5);
      double shape = 0.01 + random.nextDouble() * 99.99;
      LoadedScenario loaded = Fixtures.read(Fixtures.good("minimal.yaml"),
          "offending.baseRates.violent=" + violent, "population.propensityShape=" + shape);
      ScenarioParams back = reader.readText(loaded.resolvedYaml(), "replay.yaml").params();
      assertEquals(violent, back.offending().baseRates().violent());
      assertEquals(shape, back.population().propensityShape());
    }
  }
}
