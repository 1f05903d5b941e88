package org.releasesim.model;

import java.util.List;
import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.OffendingParams;
import org.releasesim.model.param.PostReleasePeriod;
import org.releasesim.model.random.PersonStreams;

/**
 * Offending: each person in the community has a hazard of offending, base rate(type) x age factor
 * x group ratio(type) x propensity x post-release factor(time since release) x deterrence. The
 * next offence time is drawn exactly for this piecewise-constant hazard; deterrence, which varies
 * over time, is applied by thinning against its upper bound.
 */
final class Offending implements PersonEventHandler {
  private static final long serialVersionUID = 1L;

  private final ReleaseSim sim;
  private final Population population;
  private final PersonStreams streams;
  private final double[][] typeRate;
  private final double[] groupRate;
  private final AgeCurve ageCurve;
  private final double[] periodEnd;
  private final double[] periodFactor;
  private final double sexShare;

  Offending(ReleaseSim sim) {
    this.sim = sim;
    sim.register(this, PersonEvent.Kind.OFFENCE);
    this.population = sim.population();
    this.streams = sim.streams();
    OffendingParams p = sim.params().offending();
    typeRate = new double[Group.count()][CrimeType.count()];
    groupRate = new double[Group.count()];
    for (int t = 0; t < CrimeType.count(); t++) {
      typeRate[Group.CITIZEN.ordinal()][t] = p.baseRates().get(t);
      typeRate[Group.LAWFUL_NONCITIZEN.ordinal()][t] =
          p.baseRates().get(t) * p.lawfulNoncitizenRatios().get(t);
      typeRate[Group.UNAUTHORIZED.ordinal()][t] =
          p.baseRates().get(t) * p.unauthorizedRatios().get(t);
    }
    for (int g = 0; g < Group.count(); g++) {
      for (double r : typeRate[g]) {
        groupRate[g] += r;
      }
    }
    ageCurve = new AgeCurve(p.ageFactors());
    List<PostReleasePeriod> periods = p.postRelease().enabled() ? p.postRelease().periods()
        : List.of();
    periodEnd = periods.stream().mapToDouble(PostReleasePeriod::untilDay).toArray();
    periodFactor = periods.stream().mapToDouble(PostReleasePeriod::factor).toArray();
    sexShare = p.sexShareOfViolent();
  }

  /**
   * Offences per day of a person at age factor 1, before the post-release and deterrence
   * factors: group rate x propensity.
   */
  private double rateAtAgeFactorOne(int p) {
    return groupRate[population.groupIndex(p)] * population.propensity(p)
        / org.releasesim.model.param.TimeParams.DAYS_PER_YEAR;
  }

  /** Offences per day of a person now, before the post-release and deterrence factors. */
  double baseHazard(int p, double now) {
    return rateAtAgeFactorOne(p) * ageCurve.factorAt(population.ageYears(p, now));
  }

  /**
   * Draws and schedules the person's next offence or turnover move (moving away, emigration,
   * change of status: constant hazards that, like offending, apply in the community only), if the
   * person is in the community.
   */
  void scheduleNext(int p, double now) {
    if (population.state(p) != PersonState.COMMUNITY) {
      return;
    }
    double rate = rateAtAgeFactorOne(p) * sim.deterrence().upperBound();
    double turnover = sim.turnover().rate(population.groupIndex(p));
    if (rate <= 0 && turnover <= 0) {
      return;
    }
    double next = timeOfNext(-Math.log(1.0 - streams.nextDouble(p)), rate, turnover,
        now - population.releaseDay(p), population.ageYears(p, now), now);
    sim.schedulePerson(p, PersonEvent.Kind.OFFENCE, next);
  }

  /**
   * Inverts the cumulative hazard: the time at which {@code exposure} units of hazard have
   * accumulated from {@code now}, where the hazard is {@code rate} x post-release factor(days
   * since release) x age factor(age) + {@code flat}, both factors piecewise constant. Walks the
   * pieces from {@code sinceRelease} days after release and age {@code age} years.
   */
  double timeOfNext(double exposure, double rate, double flat, double sinceRelease, double age,
      double now) {
    double e = exposure;
    double s = sinceRelease;
    double a = age;
    double t = now;
    int k = 0;
    while (true) {
      while (k < periodEnd.length && s >= periodEnd[k]) {
        k++;
      }
      double hazard = rate * (k < periodEnd.length ? periodFactor[k] : 1)
          * ageCurve.factorAt(a) + flat;
      double untilPeriod = k < periodEnd.length ? periodEnd[k] - s : Double.POSITIVE_INFINITY;
      double untilAge = (ageCurve.nextStep(a) - a) * org.releasesim.model.param.TimeParams
          .DAYS_PER_YEAR;
      double duration = Math.min(untilPeriod, untilAge);
      if (duration == Double.POSITIVE_INFINITY) {
        return hazard > 0 ? t + e / hazard : Double.POSITIVE_INFINITY;
      }
      if (e < hazard * duration) {
        return t + e / hazard;
      }
      e -= hazard * duration;
      t += duration;
      s += duration;
      a = untilAge <= untilPeriod ? ageCurve.nextStep(a)
          : a + duration / org.releasesim.model.param.TimeParams.DAYS_PER_YEAR;
    }
  }

  /**
   * The person's hazard fired now: a turnover move with its share of the hazard, else an
   * offence (after thinning for deterrence).
   */
  @Override
  public void handle(PersonEvent e, double now) {
    fire(e.person, now);
  }

  /** The person's offending-or-turnover hazard fired: an offence, or a move. */
  void fire(int p, double now) {
    double turnover = sim.turnover().rate(population.groupIndex(p));
    if (turnover > 0) {
      double offending = baseHazard(p, now) * postReleaseFactor(now - population.releaseDay(p))
          * sim.deterrence().upperBound();
      if (streams.nextDouble(p) * (offending + turnover) < turnover) {
        sim.turnover().move(p, now);
        return;
      }
    }
    commit(p, now);
  }

  private double postReleaseFactor(double sinceRelease) {
    for (int k = 0; k < periodEnd.length; k++) {
      if (sinceRelease < periodEnd[k]) {
        return periodFactor[k];
      }
    }
    return 1;
  }

  /** The person commits an offence now (after thinning for deterrence). */
  void commit(int p, double now) {
    Jurisdiction home = sim.homeOf(p);
    if (!sim.deterrence().accept(p, home.index())) {
      scheduleNext(p, now);
      return;
    }
    int g = population.groupIndex(p);
    int type = drawType(p, g);
    Jurisdiction where = placeOfOffence(p, home);
    int localTract = where == home ? population.tract(p) - home.firstTract()
        : streams.nextInt(p, where.grid().count());
    sim.metrics().count(Metric.CRIMES, where.index(), type, g, population.offenderStatus(p));
    sim.tell(ModelEvent.Kind.OFFENCE, p, where.index(), where.firstTract() + localTract,
        CrimeType.of(type).name());
    sim.metrics().add(Metric.COSTS, where.index(), 0, 0, CostItem.CRIME,
        sim.params().costs().crimeCost().get(type));
    boolean cleared = Policing.investigate(sim, p, type, where, localTract);
    sim.deterrence().recordOffence(where.index(), cleared);
    if (cleared) {
      double delay = streams.exponential(p, sim.params().policing().arrestDelayDays());
      sim.schedulePerson(p, PersonEvent.Kind.ARREST, now + delay, type, where.index());
    }
    scheduleNext(p, now);
  }

  private int drawType(int p, int g) {
    double u = streams.nextDouble(p) * groupRate[g];
    for (int t = 0; t < CrimeType.count() - 1; t++) {
      u -= typeRate[g][t];
      if (u < 0) {
        return t;
      }
    }
    return CrimeType.count() - 1;
  }

  /** Share of violent offences that are sexual: a flag used by reports, not by the dynamics. */
  double sexShare() {
    return sexShare;
  }

  private Jurisdiction placeOfOffence(int p, Jurisdiction home) {
    int n = sim.jurisdictionCount();
    if (n == 1 || !streams.chance(p, sim.params().mobility().crossJurisdictionShare())) {
      return home;
    }
    long others = 0;
    for (int j = 0; j < n; j++) {
      others += j == home.index() ? 0 : sim.jurisdiction(j).params().population();
    }
    double u = streams.nextDouble(p) * others;
    for (int j = 0; j < n; j++) {
      if (j != home.index()) {
        u -= sim.jurisdiction(j).params().population();
        if (u < 0) {
          return sim.jurisdiction(j);
        }
      }
    }
    return home;
  }
}
