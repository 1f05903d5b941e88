package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.PolicyChange;
import org.releasesim.model.param.PolicyCoverage;
import org.releasesim.model.param.ReleasePolicy;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/** Keys left out take the defaults of the record they belong to. */
class ScenarioDefaultsTest {
  private static final ScenarioParams D = ScenarioParams.DEFAULTS;

  @Test
  void minimalFileGivesTheDefaultsExceptWhatItSets() {
    LoadedScenario loaded = Fixtures.read(Fixtures.good("minimal.yaml"));
    TimeParams time = new TimeParams(D.time().warmupYears(), 5, D.time().outputIntervalDays());
    ScenarioParams expected = D.withSeed(7).withTime(time);
    assertEquals(expected, loaded.params());
  }

  @Test
  void emptyMappingGivesExactlyTheDefaults() {
    assertEquals(D, new ScenarioReader().readText("{}\n", "defaults.yaml").params());
  }

  @Test
  void nameIsTheFileBaseNameUnlessTheFileNamesItself() {
    assertEquals("minimal", Fixtures.read(Fixtures.good("minimal.yaml")).name());
    assertEquals("Two counties", Fixtures.read(Fixtures.good("two-counties.yaml")).name());
    assertEquals("gui", new ScenarioReader().readText("seed: 2", "gui.yml").name());
  }

  @Test
  void listItemsTakeTheirMissingKeysFromTheElementDefaults() {
    ScenarioParams params = Fixtures.read(Fixtures.good("two-counties.yaml")).params();
    JurisdictionParams d = JurisdictionParams.DEFAULTS;
    JurisdictionParams sanctuary = d.withName("Sanctuary").withPopulation(250_000)
        .withGroupShares(new GroupShares(0.9, 0.04, 0.06))
        .withPolicy(BundledPolicy.NO_COOPERATION.name());
    PolicyChange later = new PolicyChange(4.25, PolicyChange.DEFAULTS.policy());
    JurisdictionParams cooperating = d.withName("Cooperating").withPopulation(120_000)
        .withPolicy(BundledPolicy.HONOR_DETAINERS.name())
        .withPolicyChanges(List.of(new PolicyChange(2, BundledPolicy.NOTIFY_ONLY.name()), later));
    assertEquals(List.of(sanctuary, cooperating), params.jurisdictions());
  }

  @Test
  void nestedRecordsKeepTheDefaultsOfKeysTheyLeaveOut() {
    ScenarioParams params = Fixtures.read(Fixtures.good("two-counties.yaml")).params();
    assertEquals(0.0123456789012345, params.offending().baseRates().violent());
    assertEquals(D.offending().baseRates().property(), params.offending().baseRates().property());
    assertEquals(D.offending().postRelease().enabled(), params.offending().postRelease().enabled());
    assertEquals(1, params.offending().postRelease().periods().size());
    assertEquals(false, params.trust().enabled());
    assertEquals(D.trust().unauthorizedChill(), params.trust().unauthorizedChill());
    assertEquals(1e-7, params.ice().useOfForceTransfer());
  }

  @Test
  void byteOrderMarkIsAccepted() {
    LoadedScenario loaded = Fixtures.read(Fixtures.good("bom.yaml"));
    assertEquals(11, loaded.params().seed());
    assertEquals("saved with a byte-order mark", loaded.params().description());
  }

  @Test
  void anchorsAndAliasesShareValues() {
    ScenarioParams params = Fixtures.read(Fixtures.good("anchors.yaml")).params();
    GroupShares shares = new GroupShares(0.8, 0.1, 0.1);
    assertEquals(shares, params.jurisdictions().get(0).groupShares());
    assertEquals(shares, params.jurisdictions().get(1).groupShares());
  }

  /** A defined policy takes what it sets, leaves unset what it does not, and is found by name. */
  @Test
  void aDefinedPolicyKeepsWhatItSetsAndLeavesTheRestUnset() {
    ScenarioParams params = Fixtures.read(Fixtures.good("defined-policies.yaml")).params();
    assertEquals(new ReleasePolicy("SB54", new PolicyCoverage(false, true, true, false, false),
        null, false, null, true, 0.3), params.policies().get(0));
    assertEquals(new ReleasePolicy("DAY_HOLD", new PolicyCoverage(false, false, false, true,
        true), 0.9, true, 24.0, true, 0.6), params.policies().get(1));
    assertEquals(List.of("HONOR_DETAINERS", "NOTIFY_ONLY", "SERIOUS_ONLY", "NO_COOPERATION",
        "SB54", "DAY_HOLD"), params.policyNames());
    assertEquals(params.policies().get(1), params.policy("DAY_HOLD"));
    assertEquals(1.0, params.policy("DAY_HOLD").holdLimitDays(params.detainers()));
    assertEquals(D.detainers().holdLimitDays(),
        params.policy("HONOR_DETAINERS").holdLimitDays(params.detainers()));
    assertEquals(D.trust().notifyOnlyCooperation(), params.policy("NOTIFY_ONLY").cooperation());
  }
}
