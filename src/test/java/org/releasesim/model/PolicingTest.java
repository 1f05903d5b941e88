package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.CrimeProbabilities;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.param.TrustParams;
import org.releasesim.model.param.VictimTargetingParams;

/**
 * Victims, reporting and clearance of one offence (ODD 7.2, 7.3): reported with probability
 * reportRate(type) x groupFactor(victim) x trust(tract, victim); cleared with clearance(type) x
 * witnessTrust(tract)^elasticity; victimless offences detected at their detection rate. The
 * shares are checked against those products over many offences by one offender.
 */
class PolicingTest {
  private static final int N = 20_000;
  private static final int VIOLENT = CrimeType.VIOLENT.ordinal();
  private static final int DRUG = CrimeType.DRUG.ordinal();
  private static final int UNAUTHORIZED = Group.UNAUTHORIZED.ordinal();

  /**
   * Two tracts, trust shocked to 0.5 in tract 0, victim targeting off (its weighting is tested
   * in VictimTargetingTest); nothing runs.
   */
  private static ReleaseSim county(GroupShares shares, Object... policing) {
    ScenarioParams s = Scenarios.with(ScenarioParams.DEFAULTS, "jurisdictions",
        List.of(new JurisdictionParams("Two Tracts", 4_000, 2, 1, shares, 0,
            BundledPolicy.NO_COOPERATION.name(), List.of(), 0)), "time", new TimeParams(0, 1, 7),
        "trust", new TrustParams(true, 0.5, 0.5, 0.5, 0, 0, 180, true, 0.5, 0));
    s = Scenarios.with(s, "policing", Scenarios.with(s.policing(), policing), "reporting",
        Scenarios.with(s.reporting(), "localVictimShare", 1.0, "reportRates",
            new CrimeProbabilities(0.8, 0.6, 0, 0), "victimTargeting",
            new VictimTargetingParams(0, 180, 10, true)));
    ReleaseSim sim = new ReleaseSim(s, null);
    sim.start();
    sim.jurisdictions().get(0).trust().operationSeen(0);
    return sim;
  }

  private static double share(int hits) {
    return hits / (double) N;
  }

  private static void near(double p, double observed) {
    assertEquals(p, observed, 4 * Math.sqrt(p * (1 - p) / N) + 1e-12);
  }

  @Test
  void reportingIsRateTimesGroupFactorTimesTrustAndClearanceScalesWithWitnessTrust() {
    ReleaseSim sim = county(new GroupShares(0, 0, 1), "clearanceRates",
        new CrimeProbabilities(0.6, 0.3, 0, 0), "witnessElasticity", 2.0);
    Jurisdiction j = sim.jurisdictions().get(0);
    assertEquals(0.5, j.trust().trust(0, UNAUTHORIZED), 1e-12);
    int cleared = 0;
    for (int i = 0; i < N; i++) {
      cleared += Policing.investigate(sim, 0, VIOLENT, j, 0) ? 1 : 0;
    }
    double report = 0.8 * sim.params().reporting().unauthorizedFactor() * 0.5;
    double reported = sim.metrics().current(Metric.REPORTED, 0, VIOLENT, UNAUTHORIZED, 0);
    assertEquals(N, sim.metrics().current(Metric.VICTIMISATIONS, 0, VIOLENT, UNAUTHORIZED, 0));
    near(report, share((int) reported));
    assertEquals(N - reported,
        sim.metrics().current(Metric.UNREPORTED_UNCLEARED, 0, VIOLENT, UNAUTHORIZED, 0));
    near(report * 0.6 * 0.5 * 0.5, share(cleared));
    assertEquals(cleared, sim.metrics().current(Metric.CLEARED, 0, VIOLENT,
        sim.population().groupIndex(0), 0));
  }

  @Test
  void withoutWitnessCooperationClearanceIgnoresTrust() {
    ReleaseSim sim = county(new GroupShares(0, 0, 1), "clearanceRates",
        new CrimeProbabilities(0.6, 0.3, 0, 0), "witnessCooperation", false);
    Jurisdiction j = sim.jurisdictions().get(0);
    int cleared = 0;
    for (int i = 0; i < N; i++) {
      cleared += Policing.investigate(sim, 0, VIOLENT, j, 0) ? 1 : 0;
    }
    near(0.8 * sim.params().reporting().unauthorizedFactor() * 0.5 * 0.6, share(cleared));
  }

  @Test
  void lawfulNoncitizenAndCitizenVictimsReportAtTheirFactors() {
    for (GroupShares shares : List.of(new GroupShares(1, 0, 0), new GroupShares(0, 1, 0))) {
      ReleaseSim sim = county(shares);
      Jurisdiction j = sim.jurisdictions().get(0);
      for (int i = 0; i < N; i++) {
        Policing.investigate(sim, 0, VIOLENT, j, 1);
      }
      int g = shares.citizen() == 1 ? 0 : 1;
      double factor = g == 0 ? 1 : sim.params().reporting().lawfulNoncitizenFactor();
      near(0.8 * factor, share((int) sim.metrics().current(Metric.REPORTED, 0, VIOLENT, g, 0)));
    }
  }

  @Test
  void victimlessOffencesAreClearedAtTheDetectionRateWithNoVictim() {
    ReleaseSim sim = county(new GroupShares(0.5, 0, 0.5), "detectionRates",
        new CrimeProbabilities(0, 0, 0.3, 0.1));
    Jurisdiction j = sim.jurisdictions().get(0);
    int cleared = 0;
    for (int i = 0; i < N; i++) {
      cleared += Policing.investigate(sim, 0, DRUG, j, 0) ? 1 : 0;
    }
    near(0.3, share(cleared));
    for (int g = 0; g < 3; g++) {
      assertEquals(0, sim.metrics().current(Metric.VICTIMISATIONS, 0, DRUG, g, 0));
    }
  }

  @Test
  void victimsAreResidentsOfTheTractInTheCommunity() {
    ReleaseSim sim = county(new GroupShares(0.5, 0, 0.5));
    Jurisdiction j = sim.jurisdictions().get(0);
    Population pop = sim.population();
    int unauthorizedAtHome = 0;
    int residents = 0;
    for (int p = 0; p < pop.size(); p++) {
      if (pop.tract(p) == 1) {
        residents++;
        unauthorizedAtHome += pop.groupIndex(p) == UNAUTHORIZED ? 1 : 0;
      }
    }
    for (int i = 0; i < N; i++) {
      Policing.investigate(sim, 0, VIOLENT, j, 1);
    }
    double unauthorized = sim.metrics().current(Metric.VICTIMISATIONS, 0, VIOLENT, UNAUTHORIZED,
        0);
    near(unauthorizedAtHome / (double) residents, share((int) unauthorized));
    // put the tract's unauthorized residents in prison: victims are then citizens, but for the
    // rare offence where eight tries all miss
    for (int p = 0; p < pop.size(); p++) {
      if (pop.tract(p) == 1 && pop.groupIndex(p) == UNAUTHORIZED) {
        sim.moveTo(p, PersonState.PRISON, 0, 0);
      }
    }
    sim.metrics().reset();
    for (int i = 0; i < N; i++) {
      Policing.investigate(sim, 0, VIOLENT, j, 1);
    }
    double stillUnauthorized = sim.metrics().current(Metric.VICTIMISATIONS, 0, VIOLENT,
        UNAUTHORIZED, 0) / N;
    // after eight misses the last draw stands: about half the tract is away, 1 in 256
    assertTrue(stillUnauthorized > 0 && stillUnauthorized < 0.02,
        "victims not in the community: " + stillUnauthorized);
  }

  /**
   * A tract where the offender lives with one other resident of another group: the victim is
   * always that other resident (the offender is never his own victim), unless all eight tries
   * land on the offender (1 in 256).
   */
  @Test
  void theOffenderIsNeverHisOwnVictim() {
    ScenarioParams s = Scenarios.with(ScenarioParams.DEFAULTS, "jurisdictions",
        List.of(new JurisdictionParams("Sparse", 800, 20, 20, new GroupShares(0.5, 0, 0.5), 0,
            BundledPolicy.NO_COOPERATION.name(), List.of(), 0)), "time", new TimeParams(0, 1, 7));
    s = Scenarios.with(s, "reporting", Scenarios.with(s.reporting(), "localVictimShare", 1.0));
    ReleaseSim sim = new ReleaseSim(s, null);
    sim.start();
    Jurisdiction j = sim.jurisdictions().get(0);
    Population pop = sim.population();
    int offender = -1;
    int otherGroup = -1;
    for (int t = 0; t < j.grid().count() && offender < 0; t++) {
      TractResidents r = pop.residents(t);
      if (r.size() == 2 && pop.groupIndex(r.person(0)) != pop.groupIndex(r.person(1))) {
        offender = r.person(0);
        otherGroup = pop.groupIndex(r.person(1));
      }
    }
    assertTrue(offender >= 0, "no tract of two");
    int local = pop.tract(offender) - j.firstTract();
    for (int i = 0; i < 2_000; i++) {
      Policing.investigate(sim, offender, VIOLENT, j, local);
    }
    double other = sim.metrics().current(Metric.VICTIMISATIONS, 0, VIOLENT, otherGroup, 0);
    assertTrue(other >= 1_960, "victims from the other resident's group: " + other);
  }
}
