package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.CrimeProbabilities;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.OffendingParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * Offending (ODD 7.1): the hazard is the product of the documented factors, the type of an
 * offence is drawn in proportion to the type rates, and an offence takes place in another county,
 * chosen by population, with the mobility share. Checked on persons of a started model, by
 * calling the submodel directly; nothing is arrested (no reporting, no detection).
 */
class OffendingTest {
  private static final int N = 20_000;

  private static ReleaseSim started(int... populations) {
    return started(1, populations);
  }

  private static ReleaseSim started(double years, int... populations) {
    List<JurisdictionParams> js = new java.util.ArrayList<>();
    for (int i = 0; i < populations.length; i++) {
      js.add(new JurisdictionParams("County " + i, populations[i], 2, 2,
          new GroupShares(0.5, 0.25, 0.25), 0, BundledPolicy.NO_COOPERATION.name(), List.of(), 0));
    }
    ScenarioParams s = Scenarios.with(ScenarioParams.DEFAULTS, "jurisdictions", js, "time",
        new TimeParams(0, years, 7), "mobility",
        Scenarios.with(ScenarioParams.DEFAULTS.mobility(), "crossJurisdictionShare", 0.3));
    CrimeProbabilities none = new CrimeProbabilities(0, 0, 0, 0);
    s = Scenarios.with(s, "reporting", Scenarios.with(s.reporting(), "reportRates", none),
        "policing", Scenarios.with(s.policing(), "detectionRates", none));
    ReleaseSim sim = new ReleaseSim(s, null);
    sim.start();
    return sim;
  }

  @Test
  void theBaseHazardIsTheProductOfTheDocumentedFactors() {
    ReleaseSim sim = started(3_000);
    OffendingParams o = sim.params().offending();
    // the documented age factor at exact age a: the band factors below 40, then the 40-44
    // factor falling by olderDeclinePerYear in five-year steps
    java.util.function.DoubleUnaryOperator age = a -> a < 15 ? o.ageFactors().child()
        : a < 25 ? o.ageFactors().young() : a < 40 ? o.ageFactors().adult()
        : o.ageFactors().older() * Math.exp(-o.ageFactors().olderDeclinePerYear() * 5
            * Math.min(12, Math.floor((a - 40) / 5)));
    Population pop = sim.population();
    int checked = 0;
    for (int p = 0; p < 200; p++) {
      double groupSum = 0;
      for (int t = 0; t < 4; t++) {
        double ratio = switch (pop.group(p)) {
          case CITIZEN -> 1;
          case LAWFUL_NONCITIZEN -> o.lawfulNoncitizenRatios().get(t);
          case UNAUTHORIZED -> o.unauthorizedRatios().get(t);
        };
        groupSum += o.baseRates().get(t) * ratio;
      }
      double expected = groupSum * age.applyAsDouble(pop.ageYears(p, 0)) * pop.propensity(p)
          / TimeParams.DAYS_PER_YEAR;
      assertEquals(expected, sim.offending().baseHazard(p, 0), 1e-15 + 1e-9 * expected);
      checked += pop.group(p) == Group.CITIZEN ? 0 : 1;
    }
    assertTrue(checked > 50);
  }

  @Test
  void offenceTypesAreDrawnInProportionToTheTypeRatesAndCountedWhereTheyHappen() {
    ReleaseSim sim = started(2_000, 1_000, 2_000);
    Population pop = sim.population();
    OffendingParams o = sim.params().offending();
    Scenarios.EventLog log = new Scenarios.EventLog();
    sim.setEventListener(log);
    int offender = -1;
    for (int p = 0; p < 2_000 && offender < 0; p++) {
      offender = pop.group(p) == Group.UNAUTHORIZED ? p : -1;
    }
    for (int i = 0; i < N; i++) {
      sim.offending().commit(offender, 1.0);
    }
    double total = 0;
    for (int t = 0; t < 4; t++) {
      total += o.baseRates().get(t) * o.unauthorizedRatios().get(t);
    }
    int[] where = new int[3];
    for (ModelEvent e : log.of(Kind.OFFENCE)) {
      where[e.jurisdiction()]++;
      assertTrue(sim.jurisdiction(e.jurisdiction()).ownsTract(e.tract()));
    }
    assertEquals(N, where[0] + where[1] + where[2]);
    for (int t = 0; t < 4; t++) {
      double expected = o.baseRates().get(t) * o.unauthorizedRatios().get(t) / total;
      double counted = 0;
      for (int j = 0; j < 3; j++) {
        counted += sim.metrics().current(Metric.CRIMES, j, t, Group.UNAUTHORIZED.ordinal(),
            OffenderStatus.NEVER_BOOKED.ordinal());
      }
      assertEquals(expected, counted / N, 4 * Math.sqrt(expected * (1 - expected) / N),
          CrimeType.of(t).name());
    }
    // 70% stay home; the other 30% split 1,000 : 2,000 between the other two counties
    assertEquals(0.7, where[0] / (double) N, 4 * Math.sqrt(0.21 / N));
    assertEquals(0.1, where[1] / (double) N, 4 * Math.sqrt(0.09 / N));
    assertEquals(0.2, where[2] / (double) N, 4 * Math.sqrt(0.16 / N));
    // each offence's cost is booked where it happened
    double costs = 0;
    double expectedCosts = 0;
    for (int j = 0; j < 3; j++) {
      costs += sim.metrics().current(Metric.COSTS, j, 0, 0, CostItem.CRIME);
      for (int t = 0; t < 4; t++) {
        expectedCosts += sim.metrics().current(Metric.CRIMES, j, t, Group.UNAUTHORIZED.ordinal(),
            OffenderStatus.NEVER_BOOKED.ordinal()) * sim.params().costs().crimeCost().get(t);
      }
    }
    assertEquals(expectedCosts, costs, 1e-6 * expectedCosts);
    int homeTract = pop.tract(offender);
    assertTrue(log.of(Kind.OFFENCE).stream().filter(e -> e.jurisdiction() == 0)
        .allMatch(e -> e.tract() == homeTract), "at home, offences are in the home tract");
  }

  @Test
  void onlyPeopleInTheCommunityGetANextOffence() {
    ReleaseSim sim = started(4, 2_000);
    Scenarios.EventLog log = new Scenarios.EventLog();
    sim.setEventListener(log);
    int person = 0;
    for (int p = 0; p < sim.population().size(); p++) {
      person = sim.offending().baseHazard(p, 0) > sim.offending().baseHazard(person, 0) ? p : person;
    }
    double perYear = sim.offending().baseHazard(person, 0) * TimeParams.DAYS_PER_YEAR;
    assertTrue(perYear > 2, "offences a year " + perYear); // none in four years: p < 0.0004
    sim.moveTo(person, PersonState.PRISON, 0, 0);
    sim.offending().scheduleNext(person, 0);
    while (sim.advance()) {
      // four years with the person in prison
    }
    int p = person;
    assertEquals(0, log.events.stream().filter(e -> e.person() == p).count());
  }

  @Test
  void aPersonBackAfterRemovalOffendsAgain() {
    ScenarioParams base = started(4, 2_000).params();
    ScenarioParams s = Scenarios.with(base, "ice", Scenarios.with(base.ice(),
        "removalProbability", 1.0, "detentionDays", 5.0), "migration",
        Scenarios.with(base.migration(), "reentry", true, "reentryProbability", 1.0,
            "reentryDelayDays", 5.0));
    ReleaseSim sim = new ReleaseSim(s, null);
    Scenarios.EventLog log = new Scenarios.EventLog();
    sim.setEventListener(log);
    sim.start();
    int person = 0;
    for (int p = 0; p < sim.population().size(); p++) {
      person = sim.offending().baseHazard(p, 0) > sim.offending().baseHazard(person, 0) ? p : person;
    }
    sim.iceCustody().admit(person, 0, IceArrestOrigin.AT_LARGE_AFTER_RELEASE);
    while (sim.advance()) {
      // four years
    }
    int p = person;
    double back = log.of(Kind.REENTRY).stream().filter(e -> e.person() == p)
        .mapToDouble(ModelEvent::day).findFirst().orElseThrow();
    assertTrue(log.of(Kind.OFFENCE).stream().anyMatch(e -> e.person() == p && e.day() > back),
        "no offence after re-entry");
  }

  /**
   * Without criminal histories nobody has been released, so over a year with no arrests each
   * resident offends at the base hazard: the count is Poisson with mean sum of hazards x days.
   */
  @Test
  void residentsNeverReleasedOffendAtTheirBaseHazard() {
    ScenarioParams base = started(1, 10_000).params();
    // no turnover either: nobody is replaced by a newcomer of another propensity
    ScenarioParams s = Scenarios.with(base, "population",
        Scenarios.with(base.population(), "initialHistories", false, "turnover",
            Scenarios.with(base.population().turnover(), "enabled", false)));
    ReleaseSim sim = new ReleaseSim(s, null);
    sim.start();
    double expected = 0;
    for (int p = 0; p < sim.population().size(); p++) {
      expected += sim.offending().baseHazard(p, 0) * s.time().endDay();
    }
    while (sim.advance()) {
      // one year, nobody arrested
    }
    double crimes = ModelRunTest.total(ModelRunTest.summary(sim), "crimes");
    assertTrue(expected > 500, "expected offences " + expected);
    assertEquals(expected, crimes, 4 * Math.sqrt(expected));
  }

  /**
   * Starting part-way through the post-release periods (183 d x 3.7, 365 d x 2.8, 1095 d x 2.6,
   * 1826 d x 2.0, then 1), the exposure that fills the rest of one period and part of the next
   * is reached exactly at the hand-computed time (at age 30, where the age factor stays 1).
   */
  @Test
  void theNextOffenceTimeInvertsTheHazardFromPartWayThroughThePeriods() {
    ReleaseSim sim = started(500);
    Offending o = sim.offending();
    double r = 0.002;
    assertEquals(50 + 165 + 100, o.timeOfNext(r * (2.8 * 165 + 2.6 * 100), r, 0, 200, 30, 50),
        1e-9);
    assertEquals(7 + 95 + 731 + 50, o.timeOfNext(r * (2.6 * 95 + 2.0 * 731 + 50), r, 0, 1000,
        30, 7), 1e-9);
    assertEquals(10 + 30, o.timeOfNext(r * 3.7 * 30, r, 0, 0, 30, 10), 1e-9);
    assertEquals(sim.params().offending().sexShareOfViolent(), o.sexShare(), 0);
  }
}
