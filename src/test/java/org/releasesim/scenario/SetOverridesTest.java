package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;

/** {@code --set path=value} beats the file and is checked exactly like a value in it. */
class SetOverridesTest {
  private static final Path MINIMAL = Fixtures.good("minimal.yaml");
  private static final Path TWO_COUNTIES = Fixtures.good("two-counties.yaml");

  @Test
  void overrideBeatsTheFile() {
    ScenarioParams params = Fixtures.read(MINIMAL, "time.years=8", "seed=9").params();
    assertEquals(8, params.time().years());
    assertEquals(9, params.seed());
  }

  @Test
  void laterOverrideBeatsAnEarlierOne() {
    assertEquals(2, Fixtures.read(MINIMAL, "seed=1", "seed=2").params().seed());
  }

  @Test
  void overrideCanSetAKeyTheFileLeavesOut() {
    ScenarioParams params = Fixtures.read(MINIMAL, "deterrence.enabled=true").params();
    assertTrue(params.deterrence().enabled());
    assertEquals(ScenarioParams.DEFAULTS.deterrence().elasticity(),
        params.deterrence().elasticity());
  }

  @Test
  void overrideAddressesListItemsByIndex() {
    ScenarioParams params = Fixtures.read(TWO_COUNTIES, "jurisdictions[1].policy=SERIOUS_ONLY",
        "jurisdictions[1].policyChanges[0].fromYear=1").params();
    JurisdictionParams cooperating = params.jurisdictions().get(1);
    assertEquals(BundledPolicy.SERIOUS_ONLY.name(), cooperating.policy());
    assertEquals(1, cooperating.policyChanges().get(0).fromYear());
    assertEquals(BundledPolicy.NO_COOPERATION.name(), params.jurisdictions().get(0).policy());
  }

  @Test
  void overrideCanReplaceAWholeListWithFlowYaml() {
    ScenarioParams params = Fixtures.read(TWO_COUNTIES,
        "jurisdictions=[{name: A}, {name: B, population: 10}]").params();
    assertEquals(List.of("A", "B"),
        params.jurisdictions().stream().map(JurisdictionParams::name).toList());
    assertEquals(10, params.jurisdictions().get(1).population());
    assertEquals(JurisdictionParams.DEFAULTS.population(), params.jurisdictions().get(0).population());
  }

  @Test
  void overrideCanRenameTheScenario() {
    assertEquals("Renamed", Fixtures.read(MINIMAL, "name=Renamed").name());
  }

  @Test
  void badValueIsReportedAtTheOverride() {
    String message = failure(MINIMAL, "time.years=-1");
    assertEquals("command line --set time.years=-1: time.years = -1 is out of range; allowed:"
        + " a number from 0.01 to 100 (years).", message);
  }

  @Test
  void unknownKeyInOverrideGetsASuggestion() {
    String message = failure(MINIMAL, "time.yers=3");
    assertTrue(message.startsWith("command line --set time.yers=3: unknown key time.yers"
        + " (did you mean years?)"), message);
  }

  @Test
  void indexPastTheEndOfAListIsRefused() {
    String message = failure(TWO_COUNTIES, "jurisdictions[2].population=5");
    assertTrue(message.contains("jurisdictions[2] does not exist: jurisdictions has 2"
        + " entries, so the indices allowed are 0 to 1"), message);
  }

  @Test
  void anIndexTooLargeForAnyListIsPastTheEndNotABadPath() {
    for (String index : new String[] {"9999999", "99999999999999999999"}) {
      String message = failure(TWO_COUNTIES, "jurisdictions[" + index + "].population=5");
      assertTrue(message.contains("jurisdictions[" + index + "] does not exist: jurisdictions"
          + " has 2 entries, so the indices allowed are 0 to 1"), message);
    }
  }

  /**
   * A list the file leaves out holds its default entries, and an index addresses them as it
   * would in the file: the one changed value is set, every other value of every entry stays at
   * its default (the post-release periods are 183 d x 3.7, 365 d x 2.8, ... by default).
   */
  @Test
  void indexIntoAListTheFileLeavesOutAddressesItsDefaultEntries() {
    ScenarioParams params = Fixtures.read(MINIMAL, "offending.postRelease.periods[0].factor=3.1",
        "jurisdictions[0].population=5000").params();
    var periods = params.offending().postRelease().periods();
    var defaults = ScenarioParams.DEFAULTS.offending().postRelease().periods();
    assertEquals(defaults.size(), periods.size());
    assertEquals(3.1, periods.get(0).factor());
    assertEquals(defaults.get(0).untilDay(), periods.get(0).untilDay());
    assertEquals(defaults.subList(1, defaults.size()), periods.subList(1, periods.size()));
    assertEquals(5000, params.jurisdictions().get(0).population());
  }

  @Test
  void indexPastTheEndOfADefaultListIsRefusedWithItsLength() {
    int n = ScenarioParams.DEFAULTS.offending().postRelease().periods().size();
    String message = failure(MINIMAL, "offending.postRelease.periods[" + n + "].factor=2");
    assertTrue(message.contains("offending.postRelease.periods[" + n + "] does not exist:"
        + " offending.postRelease.periods has " + n + " entries"), message);
  }

  @Test
  void malformedOverridesAreRefusedWithTheRightForm() {
    assertTrue(failure(MINIMAL, "seed").contains("needs an equals sign"));
    assertTrue(failure(MINIMAL, "time..years=1").contains("is not a key path"));
    assertTrue(failure(MINIMAL, "seed=[1").contains("not valid YAML"));
    assertTrue(failure(MINIMAL, "extends=x.yaml").contains("extends cannot be overridden"));
  }

  private static String failure(Path file, String override) {
    return assertThrows(ScenarioException.class, () -> Fixtures.read(file, override)).getMessage();
  }
}
