package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TrustParams;

/**
 * Trust in whole runs (ODD 7.9): the daily update relaxes it toward the level of the policy in
 * force, and each at-large operation the listener sees lowers it in its tract. The levels at the
 * end of a run are predicted here from the parameters and the events alone.
 */
class TrustInRunTest {
  private static final int UNAUTHORIZED = Group.UNAUTHORIZED.ordinal();
  private static final int LAWFUL = Group.LAWFUL_NONCITIZEN.ordinal();
  private static final int CITIZEN = Group.CITIZEN.ordinal();

  private static ScenarioParams withoutVisibility(ScenarioParams s) {
    return Scenarios.with(s, "trust", Scenarios.with(s.trust(), "enforcementVisibility", false));
  }

  @Test
  void trustSettlesAtOneMinusChillTimesCooperationOfThePolicyInForce() {
    TrustParams t = TrustParams.DEFAULTS;
    for (BundledPolicy policy : BundledPolicy.values()) {
      ScenarioParams params = withoutVisibility(
          TestScenarios.county(5_000, policy, 41));
      ReleaseSim sim = TestScenarios.run(params);
      TrustField trust = sim.jurisdictions().get(0).trust();
      double cooperation = switch (policy) {
        case HONOR_DETAINERS -> 1;
        case NOTIFY_ONLY -> t.notifyOnlyCooperation();
        case SERIOUS_ONLY -> t.seriousOnlyCooperation();
        case NO_COOPERATION -> 0;
      };
      double days = Math.floor(params.time().endDay());
      double reached = 1 - Math.exp(-days / t.adjustmentDays());
      assertEquals(1 - t.unauthorizedChill() * cooperation * reached,
          trust.meanTrust(UNAUTHORIZED), 1e-6, policy.name());
      assertEquals(1 - t.lawfulNoncitizenChill() * cooperation * reached,
          trust.meanTrust(LAWFUL), 1e-6, policy.name());
      assertEquals(1.0, trust.meanTrust(CITIZEN), 1e-12, policy.name());
    }
  }

  @Test
  void eachAtLargeOperationLowersTrustInItsTractWhichRecoversAtTheAdjustmentRate() {
    ScenarioParams params = TestScenarios.county(20_000, BundledPolicy.NO_COOPERATION, 42);
    Scenarios.EventLog log = new Scenarios.EventLog();
    ReleaseSim sim = Scenarios.run(params, log);
    Jurisdiction county = sim.jurisdictions().get(0);
    TractGrid grid = county.grid();
    TrustParams t = params.trust();
    List<ModelEvent> operations = log.of(Kind.AT_LARGE_OPERATION);
    assertTrue(operations.size() >= 20, "operations: " + operations.size());
    double lastDay = Math.floor(params.time().endDay());
    double[] deficit = new double[grid.count()];
    for (ModelEvent op : operations) {
      int tract = op.tract() - county.firstTract();
      double dailyUpdatesSince = lastDay - Math.ceil(op.day()) + 1;
      double left = t.operationShock() * Math.exp(-dailyUpdatesSince / t.adjustmentDays());
      for (int other = 0; other < grid.count(); other++) {
        int distance = Math.abs(grid.column(other) - grid.column(tract))
            + Math.abs(grid.row(other) - grid.row(tract));
        deficit[other] += distance == 0 ? left : distance == 1 ? left * t.neighbourSpillover() : 0;
      }
    }
    double lawfulShare = t.lawfulNoncitizenChill() / t.unauthorizedChill();
    int shaken = 0;
    for (int tract = 0; tract < grid.count(); tract++) {
      assertEquals(1 - deficit[tract], county.trust().trust(tract, UNAUTHORIZED), 1e-9,
          "tract " + tract);
      assertEquals(1 - deficit[tract] * lawfulShare, county.trust().trust(tract, LAWFUL), 1e-9,
          "tract " + tract);
      assertEquals(1.0, county.trust().trust(tract, CITIZEN), 0);
      shaken += deficit[tract] > 1e-4 ? 1 : 0;
    }
    assertTrue(shaken > 3, "tracts with a visible deficit: " + shaken);
  }
}
