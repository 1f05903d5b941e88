package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.DetainerParams;
import org.releasesim.model.param.PolicyCoverage;
import org.releasesim.model.param.ReleasePolicy;
import org.releasesim.model.param.ScenarioParams;

/**
 * A jail that bars ICE's interviews (ODD 7.6): ICE then identifies a booked person only through
 * the fingerprint check, which knows every lawful non-citizen and every unauthorized resident
 * with a removal or a final order on record, and other unauthorized residents in the share
 * {@code detainers.unauthorizedFingerprintShare}. Checked against that closed form, counted
 * booking by booking, and by paired runs.
 */
class JailInterviewsTest {
  private static final double SHARE = 0.3;
  private static final int RESIDENTS = 60_000;
  /** Years recorded: enough bookings of removable people for the rates to be tight. */
  private static final int YEARS = 8;

  /** HONOR_DETAINERS written out, except that ICE may or may not interview. */
  private static ReleasePolicy honour(String name, boolean interviews) {
    return new ReleasePolicy(name, PolicyCoverage.EVERYONE, null, true, null, interviews, 1.0);
  }

  private static ScenarioParams county(boolean interviews, double share, long seed) {
    ScenarioParams base = TestScenarios.county(RESIDENTS, BundledPolicy.HONOR_DETAINERS, seed);
    base = base.withTime(Scenarios.with(base.time(), "years", (double) YEARS));
    base = base.withDetainers(Scenarios.with(base.detainers(), "unauthorizedFingerprintShare",
        share));
    return CustomPolicyTest.under(base, honour(interviews ? "WITH_INTERVIEWS" : "NO_INTERVIEWS",
        interviews));
  }

  @Test
  void withoutInterviewsUnknownUnauthorizedAreLodgedOnAtTheLodgeRateTimesTheFingerprintShare() {
    ScenarioParams s = county(false, SHARE, 71);
    LodgeWatch watch = LodgeWatch.run(s);
    double lodge = s.detainers().lodgeProbability();
    watch.unknown.assertRate(lodge * SHARE, "unauthorized, no removal or order on record");
    watch.onFile.assertRate(lodge, "lawful non-citizens and those with a removal or order");
    assertTrue(watch.onFile.bookings > 60 && watch.unknown.bookings > 400,
        "enough bookings of each: " + watch.onFile.bookings + ", " + watch.unknown.bookings);
  }

  @Test
  void withInterviewsEveryRemovablePersonIsLodgedOnAtTheLodgeRate() {
    ScenarioParams s = county(true, SHARE, 71);
    LodgeWatch watch = LodgeWatch.run(s);
    double lodge = s.detainers().lodgeProbability();
    watch.unknown.assertRate(lodge, "unauthorized, no removal or order on record");
    watch.onFile.assertRate(lodge, "lawful non-citizens and those with a removal or order");
  }

  @Test
  void aFingerprintShareOfOneMakesBarringInterviewsChangeNothing() {
    ReleaseSim barred = TestScenarios.run(county(false, 1.0, 72));
    ReleaseSim allowed = TestScenarios.run(county(true, 1.0, 72));
    assertEquals(ModelRunTest.summary(allowed), ModelRunTest.summary(barred));
  }

  @Test
  void barringInterviewsLodgesFewerDetainersAndMakesFewerTransfersOnTheSameSeed() {
    ReleaseSim barred = TestScenarios.run(county(false, SHARE, 73));
    ReleaseSim allowed = TestScenarios.run(county(true, SHARE, 73));
    double lodgedBarred = ModelRunTest.total(ModelRunTest.summary(barred), "detainers_lodged");
    double lodgedAllowed = ModelRunTest.total(ModelRunTest.summary(allowed),
        "detainers_lodged");
    assertTrue(lodgedBarred < 0.8 * lodgedAllowed,
        "lodged without interviews " + lodgedBarred + ", with " + lodgedAllowed);
    assertTrue(ModelRunTest.total(ModelRunTest.summary(barred), "custodial_transfers")
        < ModelRunTest.total(ModelRunTest.summary(allowed), "custodial_transfers"));
  }

  @Test
  void theBundledPoliciesLetIceInterview() {
    for (BundledPolicy b : BundledPolicy.values()) {
      assertTrue(b.definition(ScenarioParams.DEFAULTS.trust()).iceInterviews(), b.name());
    }
    assertTrue(ReleasePolicy.DEFAULTS.iceInterviews(), "a defined policy unless it says not");
    assertEquals(0.5, DetainerParams.DEFAULTS.unauthorizedFingerprintShare(), 0.0);
  }

  /** Bookings of removable people and the detainers lodged on them, by what DHS has on file. */
  private static final class LodgeWatch implements ModelEvent.Listener {
    private final ReleaseSim sim;
    private final java.util.Map<Integer, Tally> booked = new java.util.HashMap<>();
    final Tally unknown = new Tally();
    final Tally onFile = new Tally();

    private LodgeWatch(ReleaseSim sim) {
      this.sim = sim;
    }

    static LodgeWatch run(ScenarioParams s) {
      ReleaseSim sim = new ReleaseSim(s, null);
      LodgeWatch watch = new LodgeWatch(sim);
      sim.setEventListener(watch);
      sim.runToEnd();
      return watch;
    }

    @Override
    public void happened(ModelEvent e) {
      Population pop = sim.population();
      int p = e.person();
      if (e.kind() == Kind.BOOKING) {
        booked.remove(p);
        if (pop.isRemovable(p)) {
          boolean known = pop.group(p) != Group.UNAUTHORIZED
              || pop.has(p, Population.PRIOR_REMOVAL) || pop.has(p, Population.FINAL_ORDER);
          Tally t = known ? onFile : unknown;
          t.bookings++;
          booked.put(p, t);
        }
      } else if (e.kind() == Kind.DETAINER_LODGED) {
        Tally t = booked.remove(p);
        if (t != null) {
          t.lodged++;
        }
      }
    }
  }

  /** Bookings and lodges of one kind of person. */
  private static final class Tally {
    int bookings;
    int lodged;

    /** The share lodged on is {@code expected} within four binomial standard errors. */
    void assertRate(double expected, String who) {
      double se = Math.sqrt(expected * (1 - expected) / bookings);
      double seen = (double) lodged / bookings;
      assertEquals(expected, seen, 4 * se + 1e-12, who + ": " + lodged + " of " + bookings);
    }
  }
}
