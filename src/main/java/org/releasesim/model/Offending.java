package org.releasesim.model;

import java.util.List;
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
final class Offending implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final ReleaseSim sim;
  private final Population population;
  private final PersonStreams streams;
  private final double[][] typeRate;
  private final double[] groupRate;
  private final double[] ageFactor;
  private final double[] periodEnd;
  private final double[] periodFactor;
  private final double sexShare;

  Offending(ReleaseSim sim) {
    this.sim = sim;
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
    ageFactor = new double[] {p.ageFactors().child(), p.ageFactors().young(),
        p.ageFactors().adult(), p.ageFactors().older()};
    List<PostReleasePeriod> periods = p.postRelease().enabled() ? p.postRelease().periods()
        : List.of();
    periodEnd = periods.stream().mapToDouble(PostReleasePeriod::untilDay).toArray();
    periodFactor = periods.stream().mapToDouble(PostReleasePeriod::factor).toArray();
    sexShare = p.sexShareOfViolent();
  }

  /** Offences per day of a person now, before the post-release and deterrence factors. */
  double baseHazard(int p) {
    return groupRate[population.groupIndex(p)] * ageFactor[population.ageBand(p)]
        * population.propensity(p) / org.releasesim.model.param.TimeParams.DAYS_PER_YEAR;
  }

  /** Draws and schedules the person's next offence, if the person is in the community. */
  void scheduleNext(int p, double now) {
    if (population.state(p) != PersonState.COMMUNITY) {
      return;
    }
    double rate = baseHazard(p) * sim.deterrence().upperBound();
    if (rate <= 0) {
      return;
    }
    double next = timeOfNext(-Math.log(1.0 - streams.nextDouble(p)), rate,
        now - population.releaseDay(p), now);
    sim.schedulePerson(p, PersonEvent.Kind.OFFENCE, next);
  }

  /**
   * Inverts the cumulative hazard: the time at which {@code exposure} units of hazard have
   * accumulated, walking the post-release periods from {@code sinceRelease} days after release.
   */
  double timeOfNext(double exposure, double rate, double sinceRelease, double now) {
    double e = exposure;
    double s = sinceRelease;
    double t = now;
    for (int k = 0; k < periodEnd.length; k++) {
      if (s >= periodEnd[k]) {
        continue;
      }
      double duration = periodEnd[k] - s;
      double hazard = rate * periodFactor[k] * duration;
      if (e < hazard) {
        return t + e / (rate * periodFactor[k]);
      }
      e -= hazard;
      t += duration;
      s = periodEnd[k];
    }
    return t + e / rate;
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
    int status = population.offenderStatus(p).ordinal();
    sim.metrics().count(Metric.CRIMES, where.index(), type, g, status);
    sim.tell(ModelEvent.Kind.OFFENCE, p, where.index(), where.firstTract() + localTract,
        CrimeType.of(type).name());
    sim.metrics().add(Metric.COSTS, where.index(), 0, 0, Observer.COST_CRIME,
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
