package org.releasesim.model;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.releasesim.model.metrics.CaseClosure;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.PopulationFlow;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.param.TurnoverParams;
import org.releasesim.model.random.PersonStreams;

/**
 * Population turnover. Deaths come from the life table, one drawn per person. Moving away,
 * emigration, naturalisation and adjustment of status are constant hazards of people in the
 * community, added to their offending hazard (so they cost no events of their own until they
 * happen). A death is replaced by an entrant of age 0 of the same group in the same home (a
 * birth; for non-citizens, the model's stand-in for immigrants arriving young), which keeps each
 * group's age structure at the life table's stationary one. A departure is replaced by a newcomer
 * of the same age, who draws propensity as an initial resident does, and a criminal history too
 * when moving in from elsewhere in the country (not from abroad, replacing an emigrant). A
 * change of status is balanced by the next departure in the same tract of a member of the
 * gaining group, whose replacement then belongs to the losing one. Together these keep the
 * county's size, age structure and group composition stationary, while people and their
 * histories churn.
 */
final class Turnover implements PersonEventHandler {
  private static final long serialVersionUID = 1L;

  /** What a person's turnover hazard, when it fires, does: by group, cumulated in this order. */
  private enum Move {
    OUT_MIGRATION, EMIGRATION, STATUS_CHANGE
  }

  private final ReleaseSim sim;
  private final Population population;
  private final PersonStreams streams;
  private final TurnoverParams params;
  private final LifeTable lifeTable;
  private final InitialHistory history;
  private final double lawfulRemovableShare;
  /** Per person-day, by group and move. */
  private final double[][] moveRate = new double[Group.count()][Move.values().length];
  private final double[] totalRate = new double[Group.count()];
  /**
   * Replacements owed, by global tract, losing group and gaining group: the next departure of a
   * gaining-group member from that tract is replaced by a newcomer of the losing group.
   */
  private final int[] owed;
  /** Newcomers' propensity, built on first use (not kept in checkpoints). */
  private transient GammaDistribution propensity;

  Turnover(ReleaseSim sim) {
    this.sim = sim;
    sim.register(this, PersonEvent.Kind.DEATH);
    this.population = sim.population();
    this.streams = sim.streams();
    ScenarioParams p = sim.params();
    this.params = p.population().turnover();
    this.lifeTable = new LifeTable(params.mortalityMultiplier());
    this.history = new InitialHistory(p);
    this.lawfulRemovableShare = p.population().lawfulRemovableShare();
    if (params.enabled()) {
      double day = TimeParams.DAYS_PER_YEAR;
      for (Group g : Group.values()) {
        moveRate[g.ordinal()][Move.OUT_MIGRATION.ordinal()] = params.outMigrationPerYear() / day;
      }
      moveRate[Group.LAWFUL_NONCITIZEN.ordinal()][Move.EMIGRATION.ordinal()] =
          params.lawfulEmigrationPerYear() / day;
      moveRate[Group.LAWFUL_NONCITIZEN.ordinal()][Move.STATUS_CHANGE.ordinal()] =
          params.naturalisationPerYear() / day;
      moveRate[Group.UNAUTHORIZED.ordinal()][Move.EMIGRATION.ordinal()] =
          params.unauthorizedEmigrationPerYear() / day;
      moveRate[Group.UNAUTHORIZED.ordinal()][Move.STATUS_CHANGE.ordinal()] =
          params.adjustmentPerYear() / day;
    }
    for (int g = 0; g < Group.count(); g++) {
      for (double r : moveRate[g]) {
        totalRate[g] += r;
      }
    }
    int tracts = p.jurisdictions().stream().mapToInt(j -> j.tractCount()).sum();
    owed = new int[tracts * Group.count() * Group.count()];
  }

  LifeTable lifeTable() {
    return lifeTable;
  }

  /** Hazard per day that a person of a group in the community moves away or changes status. */
  double rate(int group) {
    return totalRate[group];
  }

  /** Draws and schedules the person's death from the life table, given the age reached now. */
  void scheduleDeath(int p, double now) {
    if (!params.enabled()) {
      return;
    }
    double age = population.ageYears(p, now);
    double deathAge = lifeTable.ageAtDeath(age, streams.nextDouble(p));
    double when = population.birthDay(p) + deathAge * TimeParams.DAYS_PER_YEAR;
    sim.schedulePerson(p, PersonEvent.Kind.DEATH, Math.max(now, when));
  }

  @Override
  public void handle(PersonEvent e, double now) {
    die(e.person, now);
  }

  /** The person dies now: at home (a birth takes the home), or abroad after removal. */
  void die(int p, double now) {
    PersonState state = population.state(p);
    if (state == PersonState.DEPARTED) {
      return;
    }
    Jurisdiction home = sim.homeOf(p);
    int g = population.groupIndex(p);
    sim.metrics().count(Metric.POPULATION_FLOWS, home.index(), 0, g, PopulationFlow.DEATH);
    sim.tell(ModelEvent.Kind.DEPARTURE, p, home.index(), population.tract(p), "death");
    if (state == PersonState.REMOVED) {
      dieAbroad(p, home, now);
      return;
    }
    Group same = Group.of(g);
    replace(p, same, now, now, false);
    sim.metrics().count(Metric.POPULATION_FLOWS, home.index(), 0, g, PopulationFlow.BIRTH);
    scheduleDeath(p, now);
    sim.offending().scheduleNext(p, now);
  }

  /** A removed person who would have come back dies first: someone else comes instead. */
  private void dieAbroad(int p, Jurisdiction home, double now) {
    boolean wasComing = population.has(p, Population.REENTRY_PENDING);
    population.set(p, Population.REENTRY_PENDING, false);
    sim.moveTo(p, PersonState.DEPARTED, 0, now);
    if (wasComing) {
      sim.iceCustody().scheduleArrival(p, home, now);
    }
  }

  /**
   * The person leaves the county now, for a reason another process decides (a defendant
   * absconding), and is replaced as anyone moving away is.
   */
  void leaveCounty(int p, double now) {
    depart(p, population.groupIndex(p), PopulationFlow.OUT_MIGRATION, now);
    sim.offending().scheduleNext(p, now);
  }

  /** The person's turnover hazard fired: moving away, emigration, or a change of status. */
  void move(int p, double now) {
    int g = population.groupIndex(p);
    double u = streams.nextDouble(p) * totalRate[g];
    Move chosen = Move.STATUS_CHANGE;
    for (Move m : Move.values()) {
      u -= moveRate[g][m.ordinal()];
      if (u < 0) {
        chosen = m;
        break;
      }
    }
    if (chosen == Move.STATUS_CHANGE) {
      changeStatus(p, g, now);
    } else {
      depart(p, g, chosen == Move.OUT_MIGRATION ? PopulationFlow.OUT_MIGRATION : PopulationFlow.EMIGRATION, now);
    }
    sim.offending().scheduleNext(p, now);
  }

  private void depart(int p, int g, PopulationFlow flow, double now) {
    Jurisdiction home = sim.homeOf(p);
    sim.metrics().count(Metric.POPULATION_FLOWS, home.index(), 0, g, flow);
    sim.tell(ModelEvent.Kind.DEPARTURE, p, home.index(), population.tract(p),
        flow == PopulationFlow.OUT_MIGRATION ? "out-migration" : "emigration");
    Group newcomer = Group.of(settleOwed(population.tract(p), g));
    // someone moving in from elsewhere in the country brings a criminal history; the
    // newcomer who takes an emigrant's place comes from abroad, with no record here
    replace(p, newcomer, population.birthDay(p), now, flow == PopulationFlow.OUT_MIGRATION);
    sim.metrics().count(Metric.POPULATION_FLOWS, home.index(), 0, newcomer.ordinal(), PopulationFlow.IN_MIGRATION);
  }

  private void changeStatus(int p, int g, double now) {
    Group to = g == Group.LAWFUL_NONCITIZEN.ordinal() ? Group.CITIZEN : Group.LAWFUL_NONCITIZEN;
    Jurisdiction home = sim.homeOf(p);
    PopulationFlow flow = to == Group.CITIZEN ? PopulationFlow.NATURALISATION : PopulationFlow.ADJUSTMENT;
    sim.metrics().count(Metric.POPULATION_FLOWS, home.index(), 0, g, flow);
    sim.tell(ModelEvent.Kind.STATUS_CHANGE, p, home.index(), population.tract(p),
        flow == PopulationFlow.NATURALISATION ? "NATURALISATION" : "ADJUSTMENT");
    changeGroup(p, to, now);
    // a citizen cannot be removed; an adjusted resident keeps only what a conviction makes
    boolean removable = to != Group.CITIZEN && population.hasViolentConviction(p);
    population.set(p, Population.REMOVABLE, removable);
    owe(population.tract(p), g, to.ordinal());
  }

  /** Moves a person to another group, keeping the county's counts in step. */
  void changeGroup(int p, Group to, double now) {
    int from = population.groupIndex(p);
    PersonState s = population.state(p);
    if (s == PersonState.COMMUNITY || s.inJail()) {
      Jurisdiction home = sim.homeOf(p);
      home.changePopulation(from, -1);
      home.changePopulation(to.ordinal(), 1);
    }
    population.setGroup(p, to);
    population.bumpVersion(p);
  }

  /** The next departure of a {@code gaining} member from the tract brings a {@code losing} one. */
  void owe(int tract, int losing, int gaining) {
    if (params.enabled()) {
      owed[owedIndex(tract, losing, gaining)]++;
    }
  }

  /** Replacements owed in the tract: departures of {@code gaining} members to be replaced by
   * {@code losing} newcomers. */
  int owed(int tract, int losing, int gaining) {
    return owed[owedIndex(tract, losing, gaining)];
  }

  /** Where the owed counts keep a tract's count for a gaining and a losing group. */
  private static int owedIndex(int tract, int losing, int gaining) {
    return (tract * Group.count() + gaining) * Group.count() + losing;
  }

  /** The group of the newcomer replacing a departing member of {@code g} from the tract. */
  private int settleOwed(int tract, int g) {
    int base = owedIndex(tract, 0, g);
    for (int losing = 0; losing < Group.count(); losing++) {
      if (losing != g && owed[base + losing] > 0) {
        owed[base + losing]--;
        return losing;
      }
    }
    return g;
  }

  /**
   * A new occupant takes over the record, born on {@code birthDay}, with a new propensity, and,
   * when {@code withHistory}, a criminal history drawn as for an initial resident.
   */
  private void replace(int p, Group g, double birthDay, double now, boolean withHistory) {
    Jurisdiction home = sim.homeOf(p);
    home.iceOffice().closeCase(p, CaseClosure.GONE);
    sim.moveTo(p, PersonState.COMMUNITY, 0, now);
    home.changePopulation(population.groupIndex(p), -1);
    population.newOccupant(p, g, birthDay, drawPropensity(p));
    home.changePopulation(g.ordinal(), 1);
    population.set(p, Population.REMOVABLE, g == Group.UNAUTHORIZED
        || g == Group.LAWFUL_NONCITIZEN && streams.chance(p, lawfulRemovableShare));
    if (withHistory) {
      history.apply(population, streams, p, now);
    }
  }

  private float drawPropensity(int p) {
    if (propensity == null) {
      // one distribution over the shared per-person adapter: point it at a person, then sample
      double shape = sim.params().population().propensityShape();
      propensity = new GammaDistribution(sim.personRandom(p), shape, 1 / shape);
    }
    sim.personRandom(p);
    return (float) propensity.sample();
  }
}
