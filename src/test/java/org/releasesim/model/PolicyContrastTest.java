package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.SummaryRow;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * The paired contrast researchers cite: the same county and seed under HONOR_DETAINERS and
 * NO_COOPERATION. Its direction, the values its parts must take by construction, and the null
 * case (no one ICE could want) where common random numbers make the runs identical.
 */
class PolicyContrastTest {
  private static final int POPULATION = 20_000;

  private static ScenarioParams county(BundledPolicy policy) {
    return TestScenarios.county(POPULATION, policy, 61);
  }

  private static long jailTransfers(Scenarios.EventLog log) {
    return log.count(Kind.CUSTODIAL_TRANSFER) - DetainerHoldTest.prisonTransfers(log);
  }

  @Test
  void honouringDetainersTransfersMoreFromTheJailAndLeavesFewerAtLargeCases() {
    Scenarios.EventLog honour = new Scenarios.EventLog();
    Scenarios.EventLog none = new Scenarios.EventLog();
    ReleaseSim h = Scenarios.run(county(BundledPolicy.HONOR_DETAINERS), honour);
    ReleaseSim n = Scenarios.run(county(BundledPolicy.NO_COOPERATION), none);
    assertEquals(0, jailTransfers(none), "no notice, no jail transfer");
    assertEquals(0, none.count(Kind.DETAINER_HOLD));
    assertTrue(jailTransfers(honour) > 30, "jail transfers " + jailTransfers(honour));
    long casesH = honour.count(Kind.AT_LARGE_CASE_OPENED);
    long casesN = none.count(Kind.AT_LARGE_CASE_OPENED);
    assertTrue(casesH < casesN / 2, "at-large cases " + casesH + " vs " + casesN);
    // under HONOR a case opens only after a missed pick-up
    assertTrue(casesH <= honour.count(Kind.TRANSFER_MISSED));
    // the chilling effect: unauthorized residents' trust is lower where the jail cooperates
    int u = Group.UNAUTHORIZED.ordinal();
    assertTrue(h.jurisdictions().get(0).trust().meanTrust(u)
        < n.jurisdictions().get(0).trust().meanTrust(u) - 0.05);
  }

  /**
   * Under NO_COOPERATION every at-large case comes from a declined release, opened exactly
   * {@code discoveryDelayDays} later, with probability {@code atLargeCaseProbability} for those
   * still in the community by then.
   */
  @Test
  void underNoCooperationCasesOpenAfterTheDiscoveryDelayAtTheCaseProbability() {
    ScenarioParams params = Scenarios.with(TestScenarios.withShares(
        county(BundledPolicy.NO_COOPERATION), new GroupShares(0.6, 0.05, 0.35)), "time",
        new TimeParams(1, 5, 7));
    Scenarios.EventLog log = new Scenarios.EventLog();
    Scenarios.run(params, log);
    double delay = params.ice().discoveryDelayDays();
    double end = params.time().endDay();
    Map<Integer, List<ModelEvent>> byPerson = log.byPerson();
    int eligible = 0;
    int opened = 0;
    for (ModelEvent release : log.of(Kind.RELEASE)) {
      if (!release.detail().equals("detainer on file") || release.day() + delay > end) {
        continue;
      }
      List<ModelEvent> later = byPerson.get(release.person()).stream()
          .filter(e -> e.day() > release.day() && e.day() <= release.day() + delay).toList();
      if (later.stream().anyMatch(e -> e.kind() == Kind.BOOKING)) {
        continue;
      }
      eligible++;
      opened += later.stream().anyMatch(e -> e.kind() == Kind.AT_LARGE_CASE_OPENED
          && Math.abs(e.day() - release.day() - delay) < 1e-9) ? 1 : 0;
    }
    for (ModelEvent c : log.of(Kind.AT_LARGE_CASE_OPENED)) {
      assertTrue(byPerson.get(c.person()).stream().anyMatch(e -> e.kind() == Kind.RELEASE
          && Math.abs(c.day() - e.day() - delay) < 1e-9), "case at " + c.day());
    }
    double p = params.ice().atLargeCaseProbability();
    double se = Math.sqrt(p * (1 - p) / eligible);
    assertTrue(eligible > 200, "eligible releases " + eligible);
    assertEquals(p, opened / (double) eligible, 4 * se);
  }

  @Test
  void withOnlyCitizensTheTwoPoliciesGiveIdenticalResultsOnCommonRandomNumbers() {
    GroupShares citizens = new GroupShares(1, 0, 0);
    List<SummaryRow> honour = ModelRunTest.summary(TestScenarios.run(
        TestScenarios.withShares(county(BundledPolicy.HONOR_DETAINERS), citizens)));
    List<SummaryRow> none = ModelRunTest.summary(TestScenarios.run(
        TestScenarios.withShares(county(BundledPolicy.NO_COOPERATION), citizens)));
    assertTrue(ModelRunTest.total(honour, "crimes") > 1_000);
    assertEquals(honour, none);
  }
}
