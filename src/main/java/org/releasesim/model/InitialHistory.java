package org.releasesim.model;

import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.random.PersonStreams;

/**
 * Criminal histories of residents at the start of a run and of newcomers during it. Each one's
 * chance of having been booked before is 1 - exp(-arrest hazard x age-weighted years lived), the
 * years weighted by the offending factor of each age lived, with the arrest hazard estimated from the
 * person's own offending rates times the chance that an offence leads to arrest (reporting x
 * clearance, or detection, at full trust). Because every release raises the hazard for years
 * (the post-release factor), bookings come in clusters: with m the bookings one release brings
 * on average at the person's current rate, the expected count is the direct one / (1 - m), as in
 * a branching process. The number of past bookings is Poisson with that expected count; each ended in a conviction with the courts' conviction probability, and the
 * last release came at the latest of that many uniform times in the adult years lived.
 * Without this, the share of offenders who were never booked, and courts' count of priors,
 * drift for decades.
 */
final class InitialHistory implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final boolean enabled;
  private final double[] arrestRate = new double[Group.count()];
  private final double[] violentShare = new double[Group.count()];
  private final double[] deportableShare = new double[Group.count()];
  private final AgeCurve ageCurve;
  /**
   * Years of extra exposure that one release adds through the post-release factor (the integral
   * of factor - 1 over the post-release periods): each booking brings on average this many
   * years' worth of arrests more, so bookings come in clusters.
   */
  private final double clusterYears;
  private final double conviction;

  InitialHistory(ScenarioParams p) {
    enabled = p.population().initialHistories();
    conviction = p.courts().convictionProbability();
    ageCurve = new AgeCurve(p.offending().ageFactors());
    double extraDays = 0;
    double from = 0;
    if (p.offending().postRelease().enabled()) {
      for (var period : p.offending().postRelease().periods()) {
        extraDays += (period.factor() - 1) * (period.untilDay() - from);
        from = period.untilDay();
      }
    }
    clusterYears = extraDays / TimeParams.DAYS_PER_YEAR;
    double[] arrestChance = new double[CrimeType.count()];
    for (int t = 0; t < CrimeType.count(); t++) {
      arrestChance[t] = CrimeType.of(t).hasVictim()
          ? p.reporting().reportRates().get(t) * p.policing().clearanceRates().get(t)
          : p.policing().detectionRates().get(t);
    }
    for (Group g : Group.values()) {
      double violent = 0;
      double drug = 0;
      for (int t = 0; t < CrimeType.count(); t++) {
        double rate = p.offending().baseRates().get(t) * ratio(p, g, t) * arrestChance[t];
        arrestRate[g.ordinal()] += rate;
        violent += t == CrimeType.VIOLENT.ordinal() ? rate : 0;
        drug += t == CrimeType.DRUG.ordinal() ? rate : 0;
      }
      double total = arrestRate[g.ordinal()];
      violentShare[g.ordinal()] = total > 0 ? violent / total : 0;
      deportableShare[g.ordinal()] = total > 0 ? (violent + drug) / total : 0;
    }
  }

  private static double ratio(ScenarioParams p, Group g, int type) {
    return switch (g) {
      case CITIZEN -> 1;
      case LAWFUL_NONCITIZEN -> p.offending().lawfulNoncitizenRatios().get(type);
      case UNAUTHORIZED -> p.offending().unauthorizedRatios().get(type);
    };
  }

  /**
   * Most past bookings drawn; a person with more is given this many, which is already beyond
   * the five prior bookings and convictions that courts count.
   */
  private static final int MAX_BOOKINGS = 30;
  /** Largest offspring mean used: a person above it is given a tenfold history. */
  private static final double MAX_BRANCHING = 0.9;

  /** Draws a new resident's history, at schedule day {@code now}, from the resident's stream. */
  void apply(Population pop, PersonStreams streams, int id, double now) {
    double age = pop.ageYears(id, now);
    double years = Math.max(0, age - AgeBand.from(1));
    if (!enabled || years == 0) {
      return;
    }
    int g = pop.groupIndex(id);
    double direct = arrestRate[g] * ageCurve.integral(0, age) * pop.propensity(id);
    // each booking brings m more on average through the post-release factor, so a branching
    // process: direct / (1 - m) in all, held below the cap where m nears 1
    double m = arrestRate[g] * ageCurve.factorAt(age) * pop.propensity(id) * clusterYears;
    double expected = direct / (1 - Math.min(m, MAX_BRANCHING));
    int bookings = poisson(expected, streams.nextDouble(id));
    if (bookings == 0) {
      return;
    }
    for (int k = 0; k < bookings; k++) {
      pop.addBooking(id);
    }
    pop.setReleaseStatus(id, OffenderStatus.RELEASED_NORMALLY);
    // the last of the bookings' releases: the largest of that many uniform times
    double last = Math.pow(streams.nextDouble(id), 1.0 / bookings);
    pop.setReleaseDay(id, now - (1 - last) * years * TimeParams.DAYS_PER_YEAR);
    for (int k = 0; k < bookings; k++) {
      if (streams.chance(id, conviction)) {
        convict(pop, streams, id, g);
      }
    }
  }

  private void convict(Population pop, PersonStreams streams, int id, int g) {
    pop.addConviction(id);
    double u = streams.nextDouble(id);
    if (u < violentShare[g]) {
      pop.set(id, Population.VIOLENT_CONVICTION, true);
    }
    if (g == Group.LAWFUL_NONCITIZEN.ordinal() && u < deportableShare[g]) {
      pop.set(id, Population.REMOVABLE, true);
    }
  }

  /** A Poisson count by inversion of its distribution function at {@code u}. */
  static int poisson(double mean, double u) {
    double p = Math.exp(-mean);
    double cumulative = p;
    int k = 0;
    while (u >= cumulative && k < MAX_BOOKINGS) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

}
