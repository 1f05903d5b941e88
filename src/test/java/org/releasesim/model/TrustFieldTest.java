package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.PolicyCoverage;
import org.releasesim.model.param.ReleasePolicy;
import org.releasesim.model.param.TrustParams;

/**
 * Trust (ODD 7.9): each day trust of group g relaxes toward 1 - chill(g) x cooperation(policy)
 * with time constant {@code adjustmentDays}; a visible at-large operation lowers non-citizens'
 * trust in its tract by {@code operationShock} (scaled by each group's chill relative to the
 * unauthorized) and in neighbouring tracts by {@code neighbourSpillover} of that. The expected
 * values below are the closed forms, computed here from the parameters.
 */
class TrustFieldTest {
  private static final int CITIZEN = Group.CITIZEN.ordinal();
  private static final int LAWFUL = Group.LAWFUL_NONCITIZEN.ordinal();
  private static final int UNAUTHORIZED = Group.UNAUTHORIZED.ordinal();
  private static final double EPS = 1e-12;
  private static final TrustParams P = TrustParams.DEFAULTS;

  /** A 3 x 3 grid; every tract 80% citizens, 5% lawful non-citizens, 15% unauthorized. */
  private static TrustField field(TrustParams params) {
    TractGrid grid = new TractGrid(3, 3);
    double[] shares = new double[grid.count() * Group.count()];
    for (int t = 0; t < grid.count(); t++) {
      shares[t * 3 + CITIZEN] = 0.80;
      shares[t * 3 + LAWFUL] = 0.05;
      shares[t * 3 + UNAUTHORIZED] = 0.15;
    }
    return new TrustField(params, grid, shares);
  }

  private static void days(TrustField f, BundledPolicy policy, int n) {
    days(f, policy.definition(P), n);
  }

  private static void days(TrustField f, ReleasePolicy policy, int n) {
    for (int i = 0; i < n; i++) {
      f.relax(policy, 1.0);
    }
  }

  /** Trust after n daily steps from 1 toward {@code target}. */
  private static double relaxed(double target, int n) {
    return target + (1 - target) * Math.exp(-n / P.adjustmentDays());
  }

  @Test
  void trustStartsFull() {
    TrustField f = field(P);
    for (int g = 0; g < 3; g++) {
      assertEquals(1.0, f.trust(4, g), 0);
      assertEquals(1.0, f.meanTrust(g), 0);
    }
  }

  @Test
  void underHonorDetainersNoncitizensTrustRelaxesToOneMinusTheirChill() {
    TrustField f = field(P);
    days(f, BundledPolicy.HONOR_DETAINERS, 90);
    assertEquals(relaxed(1 - P.unauthorizedChill(), 90), f.trust(0, UNAUTHORIZED), EPS);
    assertEquals(relaxed(1 - P.lawfulNoncitizenChill(), 90), f.trust(0, LAWFUL), EPS);
    assertEquals(relaxed(1 - P.citizenChill(), 90), f.trust(0, CITIZEN), EPS);
    days(f, BundledPolicy.HONOR_DETAINERS, 3000);
    assertEquals(1 - P.unauthorizedChill(), f.trust(8, UNAUTHORIZED), 1e-6);
    assertEquals(1 - P.lawfulNoncitizenChill(), f.meanTrust(LAWFUL), 1e-6);
    assertEquals(1.0, f.meanTrust(CITIZEN), 1e-6, "citizens' chill is 0 by default");
  }

  @Test
  void underNoCooperationTrustStaysFull() {
    TrustField f = field(P);
    days(f, BundledPolicy.NO_COOPERATION, 400);
    for (int g = 0; g < 3; g++) {
      assertEquals(1.0, f.meanTrust(g), EPS);
    }
  }

  @Test
  void honoringDetainersLowersNoncitizensTrustBelowNoCooperationAndNotifyAndSeriousOnlyInBetween() {
    double[] settled = new double[BundledPolicy.values().length];
    for (BundledPolicy policy : BundledPolicy.values()) {
      TrustField f = field(P);
      days(f, policy, 4000);
      settled[policy.ordinal()] = f.meanTrust(UNAUTHORIZED);
    }
    double chill = P.unauthorizedChill();
    assertEquals(1 - chill, settled[BundledPolicy.HONOR_DETAINERS.ordinal()], 1e-6);
    assertEquals(1 - chill * P.notifyOnlyCooperation(),
        settled[BundledPolicy.NOTIFY_ONLY.ordinal()], 1e-6);
    assertEquals(1 - chill * P.seriousOnlyCooperation(),
        settled[BundledPolicy.SERIOUS_ONLY.ordinal()], 1e-6);
    assertEquals(1.0, settled[BundledPolicy.NO_COOPERATION.ordinal()], 1e-6);
  }

  /**
   * A policy defined in a scenario moves trust by its cooperation level exactly as a bundled
   * policy with that level does, day by day, and settles at 1 - chill x level.
   */
  @Test
  void aDefinedPolicysCooperationSetsTrustAsTheBundledLevelsDo() {
    ReleasePolicy notifyCopy = new ReleasePolicy("MY_NOTIFY", PolicyCoverage.EVERYONE, null,
        false, null, true, P.notifyOnlyCooperation());
    TrustField bundled = field(P);
    TrustField defined = field(P);
    for (int day = 0; day < 200; day++) {
      days(bundled, BundledPolicy.NOTIFY_ONLY, 1);
      days(defined, notifyCopy, 1);
      assertEquals(bundled.trust(4, UNAUTHORIZED), defined.trust(4, UNAUTHORIZED), 0.0);
    }
    ReleasePolicy low = new ReleasePolicy("LOW", PolicyCoverage.EVERYONE, null, false, null,
        true, 0.2);
    TrustField f = field(P);
    days(f, low, 4000);
    assertEquals(1 - P.unauthorizedChill() * 0.2, f.meanTrust(UNAUTHORIZED), 1e-6);
    assertEquals(1 - P.lawfulNoncitizenChill() * 0.2, f.meanTrust(LAWFUL), 1e-6);
  }

  @Test
  void citizensFollowTheirOwnChillWhenItIsSet() {
    TrustParams own = new TrustParams(true, 0.3, 0.2, 0.1, 0.5, 0.25, 30, true, 0.01, 0.25);
    TrustField f = field(own);
    days(f, BundledPolicy.NOTIFY_ONLY.definition(own), 20);
    double step = Math.exp(-20 / 30.0);
    assertEquals(1 - 0.1 * 0.5 * (1 - step), f.trust(2, CITIZEN), EPS);
    assertEquals(1 - 0.2 * 0.5 * (1 - step), f.trust(2, LAWFUL), EPS);
    assertEquals(1 - 0.3 * 0.5 * (1 - step), f.trust(2, UNAUTHORIZED), EPS);
  }

  @Test
  void oneLongStepEqualsManyShortOnes() {
    TrustField a = field(P);
    TrustField b = field(P);
    a.relax(BundledPolicy.HONOR_DETAINERS.definition(P), 10.0);
    days(b, BundledPolicy.HONOR_DETAINERS, 10);
    assertEquals(b.trust(3, UNAUTHORIZED), a.trust(3, UNAUTHORIZED), EPS);
    assertEquals(relaxed(1 - P.unauthorizedChill(), 10), a.trust(3, UNAUTHORIZED), EPS);
  }

  @Test
  void anOperationLowersTrustInItsTractAndLessInTheNeighboursOnly() {
    TrustField f = field(P);
    int centre = 4;
    f.operationSeen(centre);
    double shock = P.operationShock();
    double lawfulShare = P.lawfulNoncitizenChill() / P.unauthorizedChill();
    assertEquals(1 - shock, f.trust(centre, UNAUTHORIZED), EPS);
    assertEquals(1 - shock * lawfulShare, f.trust(centre, LAWFUL), EPS);
    assertEquals(1.0, f.trust(centre, CITIZEN), EPS, "citizens' chill is 0: no shock");
    for (int n : new int[] {1, 3, 5, 7}) {
      assertEquals(1 - shock * P.neighbourSpillover(), f.trust(n, UNAUTHORIZED), EPS);
      assertEquals(1 - shock * P.neighbourSpillover() * lawfulShare, f.trust(n, LAWFUL), EPS);
    }
    for (int far : new int[] {0, 2, 6, 8}) {
      assertEquals(1.0, f.trust(far, UNAUTHORIZED), EPS, "diagonal tract " + far);
    }
  }

  @Test
  void afterAnOperationTrustRecoversAtTheAdjustmentRate() {
    TrustField f = field(P);
    f.operationSeen(4);
    days(f, BundledPolicy.NO_COOPERATION, 60);
    double deficit = P.operationShock() * Math.exp(-60 / P.adjustmentDays());
    assertEquals(1 - deficit, f.trust(4, UNAUTHORIZED), EPS);
    assertEquals(1 - deficit * P.neighbourSpillover(), f.trust(5, UNAUTHORIZED), EPS);
    // half the deficit is gone after adjustmentDays x ln 2
    TrustField g = field(P);
    g.operationSeen(4);
    g.relax(BundledPolicy.NO_COOPERATION.definition(P), P.adjustmentDays() * Math.log(2));
    assertEquals(1 - P.operationShock() / 2, g.trust(4, UNAUTHORIZED), EPS);
  }

  @Test
  void shocksAddUpButTrustNeverFallsBelowZero() {
    TrustField f = field(new TrustParams(true, 0.5, 0.5, 0, 0, 0, 180, true, 0.4, 0.5));
    f.operationSeen(0);
    f.operationSeen(0);
    assertEquals(0.2, f.trust(0, UNAUTHORIZED), EPS);
    assertEquals(0.2, f.trust(0, LAWFUL), EPS, "lawful chill equals unauthorized: full shock");
    assertEquals(0.6, f.trust(1, UNAUTHORIZED), EPS);
    f.operationSeen(0);
    assertEquals(0.0, f.trust(0, UNAUTHORIZED), 0);
  }

  @Test
  void aGroupChilledMoreThanTheUnauthorizedTakesAtMostTheFullShock() {
    TrustField f = field(new TrustParams(true, 0.1, 0.3, 0, 0, 0, 180, true, 0.02, 0));
    f.operationSeen(0);
    assertEquals(1 - 0.02, f.trust(0, LAWFUL), EPS);
    assertEquals(1.0, f.trust(1, UNAUTHORIZED), EPS, "no spillover");
  }

  @Test
  void withNoUnauthorizedChillOnlyUnauthorizedResidentsFeelOperations() {
    TrustField f = field(new TrustParams(true, 0, 0.3, 0.3, 0, 0, 180, true, 0.05, 0));
    f.operationSeen(0);
    assertEquals(0.95, f.trust(0, UNAUTHORIZED), EPS);
    assertEquals(1.0, f.trust(0, LAWFUL), EPS);
    assertEquals(1.0, f.trust(0, CITIZEN), EPS);
  }

  @Test
  void switchedOffTrustStaysFullAndInvisibleOperationsChangeNothing() {
    TrustField off = field(new TrustParams(false, 0.5, 0.5, 0.5, 1, 1, 10, true, 0.5, 1));
    days(off, BundledPolicy.HONOR_DETAINERS, 100);
    off.operationSeen(4);
    TrustField invisible = field(new TrustParams(true, 0.5, 0.5, 0.5, 1, 1, 10, false, 0.5,
        1));
    invisible.operationSeen(4);
    for (int g = 0; g < 3; g++) {
      assertEquals(1.0, off.meanTrust(g), 0);
      assertEquals(1.0, invisible.trust(4, g), 0);
    }
  }

  @Test
  void witnessTrustAndMeanTrustArePopulationWeighted() {
    TractGrid grid = new TractGrid(2, 1);
    double[] shares = {0.5, 0.0, 0.5, 1.0, 0.0, 0.0};
    TrustField f = new TrustField(new TrustParams(true, 0.4, 0, 0, 0, 0, 180, true, 0.1, 0),
        grid, shares);
    f.operationSeen(0);
    assertEquals(0.9, f.trust(0, UNAUTHORIZED), EPS);
    assertEquals(0.5 * 1.0 + 0.5 * 0.9, f.witnessTrust(0), EPS);
    assertEquals(1.0, f.witnessTrust(1), EPS);
    // unauthorized live only in tract 0, so their mean is that tract's trust
    assertEquals(0.9, f.meanTrust(UNAUTHORIZED), EPS);
    assertEquals(1.0, f.meanTrust(LAWFUL), EPS, "a group with no residents counts as full");
    assertTrue(f.meanTrust(CITIZEN) == 1.0);
  }
}
