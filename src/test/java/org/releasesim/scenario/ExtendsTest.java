package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.CrimeRates;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;

/** {@code extends}: the child's keys win, mappings merge, lists are replaced whole. */
class ExtendsTest {
  private static final ScenarioParams D = ScenarioParams.DEFAULTS;

  @Test
  void childOverridesAndMergesOverItsParent() {
    ScenarioParams params = Fixtures.read(Fixtures.good("extends/child.yaml")).params();
    assertEquals(4, params.seed());
    assertEquals("the base scenario", params.description());
    CrimeRates d = D.offending().baseRates();
    assertEquals(new CrimeRates(0.04, 0.07, 0.05, d.publicOrder()), params.offending().baseRates());
    assertEquals(0.2, params.trust().unauthorizedChill());
  }

  @Test
  void listsFromTheChildReplaceTheParentsWhole() {
    ScenarioParams params = Fixtures.read(Fixtures.good("extends/child.yaml")).params();
    JurisdictionParams d = JurisdictionParams.DEFAULTS;
    JurisdictionParams only = d.withName("Only").withPolicy(BundledPolicy.NO_COOPERATION.name())
        .withPolicyChanges(List.of());
    assertEquals(List.of(only), params.jurisdictions());
  }

  @Test
  void nameIsNotInheritedFromTheParent() {
    assertEquals("child", Fixtures.read(Fixtures.good("extends/child.yaml")).name());
  }

  @Test
  void chainsResolveRelativeToEachExtendingFile() {
    LoadedScenario loaded = Fixtures.read(Fixtures.good("extends/variants/high-chill.yaml"));
    assertEquals("High chill", loaded.name());
    assertEquals(0.5, loaded.params().trust().unauthorizedChill());
    assertEquals(4, loaded.params().seed());
    assertEquals(0.04, loaded.params().offending().baseRates().violent());
  }

  @Test
  void resolvedYamlHasNoExtends() {
    String yaml = Fixtures.read(Fixtures.good("extends/child.yaml")).resolvedYaml();
    assertTrue(yaml.startsWith("name: child\n"), yaml);
    assertTrue(!yaml.contains("extends"), yaml);
  }

  @Test
  void textExtendsRelativeToTheFolderOfItsSourceName() {
    String source = Fixtures.good("extends/other.yaml").toString();
    LoadedScenario loaded = new ScenarioReader().readText("extends: base.yaml\n", source);
    assertEquals(3, loaded.params().seed());
  }

  @Test
  void missingParentNamesTheExtendingFileAndLine() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> Fixtures.read(Fixtures.bad("missing-extends.yaml")));
    assertTrue(e.getMessage().startsWith(Fixtures.bad("missing-extends.yaml") + ", line 3,"),
        e.getMessage());
    assertTrue(e.getMessage().contains("no-such-base.yaml does not exist"), e.getMessage());
  }

  @Test
  void circularExtendsNamesTheWholeCircle() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> Fixtures.read(Fixtures.bad("circular-a.yaml")));
    String a = Fixtures.bad("circular-a.yaml").toString();
    String b = Fixtures.bad("circular-b.yaml").toString();
    assertTrue(e.getMessage().contains(a + " extends " + b + " extends " + a), e.getMessage());
    assertTrue(e.getMessage().startsWith(b + ", line 2, column 1:"), e.getMessage());
  }
}
