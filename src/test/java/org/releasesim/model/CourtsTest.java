package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.metrics.CaseClosure;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.CrimeProbabilities;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * From arrest to sentence (ODD 7.4, 7.5), in a county where nothing else happens. Probabilities
 * are set to 0 or 1 so that each branch is taken for certain, and the person's path is read
 * from the model's events.
 */
class CourtsTest {
  private static final int VIOLENT = CrimeType.VIOLENT.ordinal();
  private static final int PROPERTY = CrimeType.PROPERTY.ordinal();
  private static final int DRUG = CrimeType.DRUG.ordinal();
  private static final int UNAUTHORIZED = Group.UNAUTHORIZED.ordinal();
  private static final CrimeProbabilities ALL = new CrimeProbabilities(1, 1, 1, 1);
  private static final CrimeProbabilities NONE = new CrimeProbabilities(0, 0, 0, 0);

  /** A quiet county of citizens, lawful non-citizens and unauthorized, changed as given. */
  private static QuietCounty county(Object[] courts, Object... detainers) {
    ScenarioParams s = Scenarios.county(QuietCounty.scenario(BundledPolicy.NO_COOPERATION, 2,
        ScenarioParams.DEFAULTS), "groupShares", new GroupShares(0.4, 0.3, 0.3));
    s = Scenarios.with(s, "courts", Scenarios.with(s.courts(), courts), "detainers",
        Scenarios.with(s.detainers(), detainers), "time", new TimeParams(0, 20, 7));
    return QuietCounty.started(s);
  }

  private static Object[] courts(Object... changes) {
    return changes;
  }

  private static int first(QuietCounty c, Group g, int skip) {
    Population pop = c.sim.population();
    for (int p = 0, seen = 0; p < pop.size(); p++) {
      if (pop.group(p) == g && pop.state(p) == PersonState.COMMUNITY
          && (g != Group.LAWFUL_NONCITIZEN || !pop.isRemovable(p)) && seen++ == skip) {
        return p;
      }
    }
    throw new IllegalStateException();
  }

  private static List<Kind> kinds(QuietCounty c, int p) {
    return c.eventsOf(p).stream().map(ModelEvent::kind).toList();
  }

  @Test
  void anArrestBooksThePersonIntoTheJailWhereTheCrimeHappened() {
    QuietCounty c = county(courts("pretrialDetention", ALL), "enabled", false);
    int p = first(c, Group.CITIZEN, 0);
    c.sim.courts().arrest(p, PROPERTY, 0, c.now);
    assertEquals(List.of(Kind.ARREST, Kind.BOOKING), kinds(c, p));
    assertEquals(PersonState.JAIL_PRETRIAL, c.state(p));
    assertEquals(PROPERTY, c.sim.population().caseType(p));
    assertEquals(1, c.sim.population().bookings(p));
    assertEquals(1, c.sim.metrics().current(Metric.ARRESTS, 0, PROPERTY, 0, 0));
    assertEquals(1, c.sim.metrics().current(Metric.BOOKINGS, 0, 0, 0, 0));
    c.sim.courts().arrest(p, VIOLENT, 0, c.now);
    assertEquals(2, kinds(c, p).size(), "someone already in jail is not arrested again");
  }

  @Test
  void aRearrestOnPretrialReleaseMergesIntoTheMostSeriousCharge() {
    QuietCounty c = county(courts("pretrialDetention", ALL), "enabled", false);
    int p = first(c, Group.CITIZEN, 0);
    c.sim.population().setCaseType(p, VIOLENT);
    c.sim.population().set(p, Population.ON_PRETRIAL_RELEASE, true);
    c.sim.courts().arrest(p, DRUG, 0, c.now);
    assertEquals(VIOLENT, c.sim.population().caseType(p));
    assertFalse(c.sim.population().has(p, Population.ON_PRETRIAL_RELEASE));
    assertEquals(1, c.sim.metrics().current(Metric.PRETRIAL_REARRESTS, 0, 0, 0, 0));
  }

  @Test
  void pretrialDetentionRisesWithEachPriorBooking() {
    QuietCounty c = county(courts("pretrialDetention", NONE, "detentionPerPrior", 1.0,
        "bookingToReleaseDays", 1.0, "detainedDispositionDays", 1000.0,
        "releasedDispositionDays", 2000.0), "enabled", false);
    int first = first(c, Group.CITIZEN, 0);
    int repeat = first(c, Group.CITIZEN, 1);
    c.sim.population().addBooking(repeat);
    c.sim.courts().arrest(first, PROPERTY, 0, c.now);
    c.sim.courts().arrest(repeat, PROPERTY, 0, c.now);
    c.runUntil(c.now + 30);
    assertEquals(List.of(Kind.ARREST, Kind.BOOKING, Kind.RELEASE), kinds(c, first).subList(0, 3),
        "no prior booking: released pretrial");
    assertTrue(c.sim.population().has(first, Population.ON_PRETRIAL_RELEASE),
        "released before disposition, the case pending");
    assertEquals(List.of(Kind.ARREST, Kind.BOOKING), kinds(c, repeat), "one prior: detained");
    assertEquals(PersonState.JAIL_PRETRIAL, c.state(repeat));
  }

  @Test
  void iceLodgesDetainersOnRemovablePeopleOnlyAndOnlyWhenSwitchedOn() {
    QuietCounty c = county(courts("pretrialDetention", ALL), "lodgeProbability", 1.0);
    int unauthorized = first(c, Group.UNAUTHORIZED, 0);
    int citizen = first(c, Group.CITIZEN, 0);
    int lawful = first(c, Group.LAWFUL_NONCITIZEN, 0);
    for (int p : new int[] {unauthorized, citizen, lawful}) {
      c.sim.courts().arrest(p, PROPERTY, 0, c.now);
    }
    assertTrue(c.sim.population().hasDetainer(unauthorized));
    assertFalse(c.sim.population().hasDetainer(citizen));
    assertFalse(c.sim.population().hasDetainer(lawful), "not removable");
    assertEquals(1, c.log.count(Kind.DETAINER_LODGED));
    assertEquals(1, c.sim.metrics().current(Metric.DETAINERS_LODGED, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 1), "counted as a subject without a conviction");
    QuietCounty off = county(courts("pretrialDetention", ALL), "lodgeProbability", 1.0,
        "enabled", false);
    int u = first(off, Group.UNAUTHORIZED, 0);
    off.sim.courts().arrest(u, PROPERTY, 0, off.now);
    assertFalse(off.sim.population().hasDetainer(u));
  }

  @Test
  void thePriorityRegimeDecidesWhichLodgeProbabilityApplies() {
    Object[] regimes = {PriorityRegime.CONVICTED, PriorityRegime.SERIOUS_ONLY};
    for (Object regime : regimes) {
      QuietCounty c = county(courts("pretrialDetention", ALL), "regime", regime,
          "lodgeProbability", 1.0, "outsidePriorityLodgeProbability", 0.0);
      int plain = first(c, Group.UNAUTHORIZED, 0);
      int convicted = first(c, Group.UNAUTHORIZED, 1);
      int violent = first(c, Group.UNAUTHORIZED, 2);
      c.sim.population().addConviction(convicted);
      c.sim.courts().arrest(plain, PROPERTY, 0, c.now);
      c.sim.courts().arrest(convicted, PROPERTY, 0, c.now);
      c.sim.courts().arrest(violent, VIOLENT, 0, c.now);
      assertFalse(c.sim.population().hasDetainer(plain), regime.toString());
      assertEquals(regime == PriorityRegime.CONVICTED,
          c.sim.population().hasDetainer(convicted), regime.toString());
      assertEquals(regime == PriorityRegime.SERIOUS_ONLY,
          c.sim.population().hasDetainer(violent), regime.toString());
    }
  }

  @Test
  void anAcquittalReleasesFromJailUnderThePolicy() {
    QuietCounty c = county(courts("pretrialDetention", ALL, "convictionProbability", 0.0,
        "detainedDispositionDays", 1.0), "enabled", false);
    int p = first(c, Group.CITIZEN, 0);
    c.sim.courts().arrest(p, PROPERTY, 0, c.now);
    c.runUntil(c.now + 40);
    assertEquals(List.of(Kind.ARREST, Kind.BOOKING, Kind.RELEASE), kinds(c, p));
    assertEquals(0, c.sim.population().convictions(p));
    assertEquals(PersonState.COMMUNITY, c.state(p));
  }

  @Test
  void aPrisonSentenceEndsWithRemovableLeaversHandedToIceWhateverTheCounty() {
    QuietCounty c = county(courts("pretrialDetention", ALL, "convictionProbability", 1.0,
        "prisonProbability", ALL, "detainedDispositionDays", 1.0, "prisonYears", 0.1,
        "prisonToIceProbability", 1.0), "lodgeProbability", 0.0);
    int u = first(c, Group.UNAUTHORIZED, 0);
    int citizen = first(c, Group.CITIZEN, 0);
    c.sim.courts().arrest(u, PROPERTY, 0, c.now);
    c.sim.courts().arrest(citizen, PROPERTY, 0, c.now);
    c.runUntil(c.now + 300);
    assertEquals(List.of(Kind.ARREST, Kind.BOOKING, Kind.PRISON, Kind.PRISON_RELEASE,
        Kind.CUSTODIAL_TRANSFER), kinds(c, u).subList(0, 5));
    assertEquals("prison", c.eventsOf(u).get(4).detail());
    assertTrue(c.state(u) == PersonState.ICE_CUSTODY || c.state(u) == PersonState.REMOVED
        || c.sim.population().releaseStatus(u) == OffenderStatus.RELEASED_BY_ICE);
    assertEquals(List.of(Kind.ARREST, Kind.BOOKING, Kind.PRISON, Kind.PRISON_RELEASE),
        kinds(c, citizen));
    assertEquals(PersonState.COMMUNITY, c.state(citizen));
    assertEquals(OffenderStatus.RELEASED_NORMALLY, c.sim.population().releaseStatus(citizen));
    assertEquals(1, c.sim.population().convictions(citizen));
    assertEquals(1, c.sim.metrics().total(Metric.CUSTODIAL_TRANSFERS, 0, 0,
        Group.UNAUTHORIZED.ordinal(), 1) + c.sim.metrics().current(Metric.CUSTODIAL_TRANSFERS, 0,
        0, Group.UNAUTHORIZED.ordinal(), 1));
  }

  @Test
  void aJailSentenceIsServedThenReleasedAndRemovableSentencesScaleByTheMultiplier() {
    double[] served = new double[2];
    double[] citizenServed = new double[2];
    double[] multipliers = {1.0, 3.0};
    for (int i = 0; i < 2; i++) {
      QuietCounty c = county(courts("pretrialDetention", ALL, "convictionProbability", 1.0,
          "prisonProbability", NONE, "prisonPerPrior", NONE, "jailProbability", 1.0,
          "detainedDispositionDays", 1.0, "removableSentenceMultiplier", multipliers[i]),
          "enabled", false);
      int u = first(c, Group.UNAUTHORIZED, 0);
      int citizen = first(c, Group.CITIZEN, 0);
      c.sim.courts().arrest(u, DRUG, 0, c.now);
      c.sim.courts().arrest(citizen, DRUG, 0, c.now);
      c.sim.courts().dispose(u, c.now);
      c.sim.courts().dispose(citizen, c.now);
      assertEquals(PersonState.JAIL_SENTENCED, c.state(u));
      c.runUntil(c.now + 2000);
      served[i] = sentence(c, u);
      citizenServed[i] = sentence(c, citizen);
    }
    assertEquals(3.0, served[1] / served[0], 1e-6, "same draws, three times as long");
    assertEquals(citizenServed[0], citizenServed[1], 1e-9, "citizens unaffected");
  }

  /** Days from the disposition (when the test acted) to release. */
  private static double sentence(QuietCounty c, int p) {
    List<ModelEvent> events = c.eventsOf(p);
    assertEquals(List.of(Kind.ARREST, Kind.BOOKING, Kind.RELEASE),
        events.stream().map(ModelEvent::kind).toList());
    assertEquals(PersonState.COMMUNITY, c.state(p));
    return events.get(2).day() - c.now;
  }

  @Test
  void aViolentOrDrugConvictionMakesALawfulNoncitizenRemovableAndAPropertyOneDoesNot() {
    QuietCounty c = county(courts("pretrialDetention", ALL, "convictionProbability", 1.0,
        "prisonProbability", NONE, "prisonPerPrior", NONE, "jailProbability", 0.0,
        "detainedDispositionDays", 1.0), "enabled", false);
    int[] lawful = {first(c, Group.LAWFUL_NONCITIZEN, 0), first(c, Group.LAWFUL_NONCITIZEN, 1),
        first(c, Group.LAWFUL_NONCITIZEN, 2)};
    int[] types = {VIOLENT, DRUG, PROPERTY};
    for (int i = 0; i < 3; i++) {
      c.sim.courts().arrest(lawful[i], types[i], 0, c.now);
    }
    c.runUntil(c.now + 60);
    for (int p : lawful) {
      assertEquals(List.of(Kind.ARREST, Kind.BOOKING, Kind.RELEASE), kinds(c, p),
          "convicted without a custodial sentence: released");
    }
    assertTrue(c.sim.population().isRemovable(lawful[0]));
    assertTrue(c.sim.population().hasViolentConviction(lawful[0]));
    assertTrue(c.sim.courts().isSerious(lawful[0]));
    assertTrue(c.sim.population().isRemovable(lawful[1]));
    assertFalse(c.sim.population().hasViolentConviction(lawful[1]));
    assertFalse(c.sim.population().isRemovable(lawful[2]));
    assertFalse(c.sim.courts().isSerious(lawful[2]));
  }

  @Test
  void prisonChanceAddsAStepPerPriorConvictionCountingAtMostFive() {
    QuietCounty c = county(courts("pretrialDetention", ALL, "convictionProbability", 1.0,
        "prisonProbability", NONE, "prisonPerPrior", new CrimeProbabilities(0.1, 0.1, 0.1, 0.1),
        "jailProbability", 0.0, "detainedDispositionDays", 1.0), "enabled", false);
    List<Integer> none = new ArrayList<>();
    List<Integer> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      int p = first(c, Group.CITIZEN, i);
      if (i % 2 == 0) {
        none.add(p);
      } else {
        for (int k = 0; k < 10; k++) {
          c.sim.population().addConviction(p);
        }
        many.add(p);
      }
    }
    for (int p : none) {
      c.sim.courts().arrest(p, PROPERTY, 0, c.now);
    }
    for (int p : many) {
      c.sim.courts().arrest(p, PROPERTY, 0, c.now);
    }
    c.runUntil(c.now + 60);
    assertEquals(0, none.stream().filter(p -> kinds(c, p).contains(Kind.PRISON)).count(),
        "no prior conviction, no step: no prison");
    long toPrison = many.stream().filter(p -> kinds(c, p).contains(Kind.PRISON)).count();
    // ten priors count as five: 0.5, not 1
    assertEquals(0.5, toPrison / (double) many.size(), 4 * Math.sqrt(0.25 / many.size()));
  }

  @Test
  void aBookingClosesAnOpenAtLargeCaseAndDropsAnOldDetainer() {
    QuietCounty c = county(courts("pretrialDetention", ALL), "enabled", false);
    int p = first(c, Group.UNAUTHORIZED, 0);
    c.office().openCase(p, c.now);
    c.sim.population().set(p, Population.DETAINER, true);
    c.sim.courts().arrest(p, PROPERTY, 0, c.now);
    assertEquals(0, c.office().openCases());
    assertEquals(1, c.sim.metrics().current(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0,
        CaseClosure.REBOOKED));
    assertFalse(c.sim.population().hasDetainer(p), "the old case's detainer is gone");
  }

  @Test
  void aDefendantOnPretrialReleaseSentencedToJailIsBookedAgainWithANewDetainerDecision() {
    QuietCounty c = county(courts("pretrialDetention", NONE, "detentionPerPrior", 0.0,
        "convictionProbability", 1.0, "prisonProbability", NONE, "prisonPerPrior", NONE,
        "jailProbability", 1.0), "lodgeProbability", 1.0);
    int p = first(c, Group.UNAUTHORIZED, 0);
    c.sim.population().setCaseType(p, PROPERTY);
    c.sim.population().set(p, Population.ON_PRETRIAL_RELEASE, true);
    c.sim.courts().dispose(p, c.now);
    assertEquals(PersonState.JAIL_SENTENCED, c.state(p));
    assertEquals(1, c.sim.metrics().current(Metric.BOOKINGS, 0, 0, UNAUTHORIZED, 0));
    assertTrue(c.sim.population().hasDetainer(p));
    int q = first(c, Group.UNAUTHORIZED, 1);
    c.sim.courts().arrest(q, PROPERTY, 0, c.now);
    c.sim.courts().dispose(q, c.now);
    assertEquals(2, c.sim.metrics().current(Metric.BOOKINGS, 0, 0, UNAUTHORIZED, 0),
        "a sentence served from pretrial detention is not a new booking");
  }

  @Test
  void prisonTermsAreDrawnInYearsAndScaledForRemovablePeople() {
    double[] served = new double[2];
    double[] multipliers = {1.0, 2.0};
    for (int i = 0; i < 2; i++) {
      QuietCounty c = county(courts("pretrialDetention", ALL, "convictionProbability", 1.0,
          "prisonProbability", ALL, "prisonYears", 6.0, "prisonToIceProbability", 0.0,
          "removableSentenceMultiplier", multipliers[i]), "enabled", false);
      int u = first(c, Group.UNAUTHORIZED, 0);
      c.sim.courts().arrest(u, VIOLENT, 0, c.now);
      c.sim.courts().dispose(u, c.now);
      assertEquals(PersonState.PRISON, c.state(u));
      c.runUntil(c.now + 5000);
      List<ModelEvent> events = c.eventsOf(u);
      assertEquals(List.of(Kind.ARREST, Kind.BOOKING, Kind.PRISON, Kind.PRISON_RELEASE),
          kinds(c, u));
      double years = Double.parseDouble(events.get(2).detail().replace(" years", ""));
      assertTrue(years >= 0.3, "a term long enough to tell days from years: " + years);
      served[i] = events.get(3).day() - c.now;
      assertEquals(years * 365.25, served[i], 0.051 * 365.25, "term as announced");
      assertEquals(PersonState.COMMUNITY, c.state(u));
    }
    assertEquals(2.0, served[1] / served[0], 1e-6);
  }
}
