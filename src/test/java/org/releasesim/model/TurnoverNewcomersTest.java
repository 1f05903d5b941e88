package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.CaseClosure;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TurnoverParams;

/**
 * Who takes a departing resident's place (ODD 7.12): a newcomer of the same group, removable as
 * an initial resident of that group is (every unauthorized one, lawful non-citizens in the share
 * {@code population.lawfulRemovableShare}, no citizen), with a propensity drawn from the same
 * gamma distribution (mean 1, variance 1 / {@code population.propensityShape}); and an at-large
 * case ICE had open on the person who left is closed. A newcomer from elsewhere in the country
 * brings a criminal history drawn as an initial resident's; one from abroad, in an emigrant's
 * place, none. Checked against those closed forms on every resident of a small county sent
 * away at once.
 */
class TurnoverNewcomersTest {
  private static final int RESIDENTS = 6_000;

  private static QuietCounty county(Object... turnoverChanges) {
    return county(QuietCounty.scenario(BundledPolicy.NO_COOPERATION, 2,
        ScenarioParams.DEFAULTS), turnoverChanges);
  }

  /** A county that has offended before (initial residents carry criminal histories). */
  private static QuietCounty offendingCounty(Object... turnoverChanges) {
    return county(TestScenarios.county(RESIDENTS, BundledPolicy.NO_COOPERATION, 5),
        turnoverChanges);
  }

  private static QuietCounty county(ScenarioParams base, Object... turnoverChanges) {
    ScenarioParams s = Scenarios.county(base, "population", RESIDENTS, "groupShares",
        new GroupShares(0.4, 0.3, 0.3));
    TurnoverParams turnover = Scenarios.with(s.population().turnover(), "enabled", true);
    if (turnoverChanges.length > 0) {
      turnover = Scenarios.with(turnover, turnoverChanges);
    }
    s = Scenarios.with(s, "population", Scenarios.with(s.population(), "turnover", turnover));
    return QuietCounty.started(s);
  }

  private static int withBookings(Population pop) {
    int n = 0;
    for (int p = 0; p < pop.size(); p++) {
      n += pop.bookings(p) > 0 ? 1 : 0;
    }
    return n;
  }

  /** Sends every resident away at once; returns, by position, the group each one had. */
  private static List<Group> everyoneLeaves(QuietCounty c) {
    Population pop = c.sim.population();
    List<Group> before = new ArrayList<>();
    for (int p = 0; p < pop.size(); p++) {
      before.add(pop.group(p));
      c.sim.turnover().leaveCounty(p, c.now);
    }
    return before;
  }

  @Test
  void newcomersBelongToTheLeaversGroupAndAreRemovableAsInitialResidentsAre() {
    QuietCounty c = county();
    Population pop = c.sim.population();
    List<Group> before = everyoneLeaves(c);
    int lawful = 0;
    int lawfulRemovable = 0;
    for (int p = 0; p < pop.size(); p++) {
      Group g = pop.group(p);
      assertEquals(before.get(p), g, "same group, nothing owed");
      switch (g) {
        case CITIZEN -> assertFalse(pop.isRemovable(p), "a citizen newcomer");
        case UNAUTHORIZED -> assertTrue(pop.isRemovable(p), "an unauthorized newcomer");
        case LAWFUL_NONCITIZEN -> {
          lawful++;
          lawfulRemovable += pop.isRemovable(p) ? 1 : 0;
        }
        default -> throw new AssertionError(g);
      }
    }
    double share = c.sim.params().population().lawfulRemovableShare();
    assertTrue(lawful > 1_500, "lawful newcomers " + lawful);
    assertEquals(share, lawfulRemovable / (double) lawful,
        4 * Math.sqrt(share * (1 - share) / lawful), "lawful newcomers who are removable");
  }

  @Test
  void newcomersDrawPropensityFromTheGammaOfMeanOneAndVarianceOneOverTheShape() {
    QuietCounty c = county();
    Population pop = c.sim.population();
    everyoneLeaves(c);
    int n = pop.size();
    double sum = 0;
    double sumSquares = 0;
    for (int p = 0; p < n; p++) {
      double x = pop.propensity(p);
      sum += x;
      sumSquares += x * x;
    }
    double k = c.sim.params().population().propensityShape();
    double variance = 1 / k;
    double mean = sum / n;
    double sampleVariance = (sumSquares - n * mean * mean) / (n - 1);
    assertEquals(1.0, mean, 4 * Math.sqrt(variance / n), "mean propensity");
    // the sample variance of a gamma has variance sigma^4 (2 + 6 / k) / n
    assertEquals(variance, sampleVariance, 4 * variance * Math.sqrt((2 + 6 / k) / n),
        "variance of propensity");
  }

  @Test
  void anAtLargeCaseOnSomeoneWhoMovesAwayIsClosed() {
    QuietCounty c = county();
    int p = c.unauthorizedResident();
    c.office().openCase(p, c.now);
    assertEquals(1, c.office().openCases());
    c.sim.turnover().leaveCounty(p, c.now);
    assertEquals(0, c.office().openCases());
    assertEquals(1, c.sim.metrics().current(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0,
        CaseClosure.GONE));
  }

  @Test
  void aNewcomerFromElsewhereInTheCountryBringsAHistoryAndOneFromAbroadNone() {
    QuietCounty c = offendingCounty();
    Population pop = c.sim.population();
    int n = pop.size();
    double initial = withBookings(pop) / (double) n;
    everyoneLeaves(c);
    double fromElsewhere = withBookings(pop) / (double) n;
    assertTrue(initial > 0.05, "initial residents with bookings: " + initial);
    // two independent draws of the same history, on residents of the same ages
    assertEquals(initial, fromElsewhere, 4 * Math.sqrt(2 * initial * (1 - initial) / n),
        "newcomers from elsewhere in the country have histories as initial residents do");

    QuietCounty d = offendingCounty("outMigrationPerYear", 0.0, "naturalisationPerYear", 0.0,
        "adjustmentPerYear", 0.0);
    Population abroad = d.sim.population();
    int replaced = 0;
    for (int p = 0; p < abroad.size(); p++) {
      if (abroad.group(p) != Group.CITIZEN) {
        d.sim.turnover().move(p, d.now);
        assertEquals(0, abroad.bookings(p), "an emigrant's place taken from abroad");
        replaced++;
      }
    }
    assertTrue(replaced > 3_000, "replaced " + replaced);
  }

  @Test
  void newcomersWhoTookALeaversPlaceGoOnOffending() {
    QuietCounty c = offendingCounty();
    everyoneLeaves(c);
    long before = c.log.count(ModelEvent.Kind.OFFENCE);
    c.runUntil(c.now + 90);
    long offences = c.log.count(ModelEvent.Kind.OFFENCE) - before;
    assertTrue(offences > 100, "offences by the newcomers in 90 days: " + offences);
  }

  @Test
  void someoneRemovedWhoDiesAbroadBeforeComingBackIsReplacedByANewcomer() {
    ScenarioParams s = QuietCounty.scenario(BundledPolicy.NO_COOPERATION, 2,
        ScenarioParams.DEFAULTS);
    s = QuietCounty.withTurnover(s);
    s = Scenarios.with(s, "migration", Scenarios.with(s.migration(), "reentry", true,
        "reentryProbability", 1.0, "reentryDelayDays", 10_000.0, "inflow", true,
        "inflowDelayDays", 5.0));
    s = Scenarios.with(s, "ice", Scenarios.with(s.ice(), "removalProbability", 1.0));
    QuietCounty c = QuietCounty.started(s);
    Population pop = c.sim.population();
    int p = c.unauthorizedResident();
    c.sim.iceCustody().admit(p, c.now, IceArrestOrigin.AT_LARGE_INDEPENDENT);
    c.sim.iceCustody().endCustody(p, c.now);
    assertEquals(PersonState.REMOVED, c.state(p));
    assertTrue(pop.has(p, Population.REENTRY_PENDING));
    int residents = pop.size();
    c.sim.turnover().die(p, c.now);
    assertEquals(PersonState.DEPARTED, c.state(p));
    assertFalse(pop.has(p, Population.REENTRY_PENDING), "no longer coming back");
    c.runUntil(c.now + 200);
    assertEquals(residents + 1, pop.size(), "a newcomer in place of one who will not return");
    assertEquals(PersonState.COMMUNITY, c.state(residents));
    assertEquals(Group.UNAUTHORIZED, pop.group(residents));
  }

  @Test
  void aBabyBornInADeadResidentsPlaceWillDieInTurn() {
    // mortality raised (beyond what a scenario may set) so that residents die, and the babies
    // born in their places die in turn, within the test's three years
    QuietCounty c = county("mortalityMultiplier", 100.0);
    c.runUntil(c.now + 3 * 365.25);
    java.util.Map<Integer, Long> deaths = c.log.events.stream()
        .filter(e -> e.kind() == ModelEvent.Kind.DEPARTURE && "death".equals(e.detail()))
        .collect(java.util.stream.Collectors.groupingBy(ModelEvent::person,
            java.util.stream.Collectors.counting()));
    long diedTwice = deaths.values().stream().filter(n -> n >= 2).count();
    assertTrue(deaths.size() > 500, "residents who died: " + deaths.size());
    assertTrue(diedTwice > 20, "homes where the baby died too: " + diedTwice);
  }
}
