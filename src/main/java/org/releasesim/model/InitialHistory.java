package org.releasesim.model;

import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.random.PersonStreams;

/**
 * Criminal histories at the start of a run. Each resident's chance of having been booked before
 * is 1 - exp(-arrest hazard x adult years lived), with the arrest hazard estimated from the
 * person's own offending rates times the chance that an offence leads to arrest (reporting x
 * clearance, or detection, at full trust). A booked person is given one past booking, a release
 * at a random time in those years, and a conviction with the courts' conviction probability.
 * Without this, the share of offenders who were never booked falls for decades.
 */
final class InitialHistory {
  /** Adult years lived, by age band: 0-14, 15-24 (mid 20), 25-39 (mid 32), 40+ (mid 52). */
  private static final double[] EXPOSURE_YEARS = {0, 5, 17, 30};

  private final boolean enabled;
  private final double[] arrestRate = new double[Group.count()];
  private final double[] violentShare = new double[Group.count()];
  private final double[] deportableShare = new double[Group.count()];
  private final double[] ageFactor;
  private final double conviction;

  InitialHistory(ScenarioParams p) {
    enabled = p.population().initialHistories();
    conviction = p.courts().convictionProbability();
    ageFactor = new double[] {p.offending().ageFactors().child(),
        p.offending().ageFactors().young(), p.offending().ageFactors().adult(),
        p.offending().ageFactors().older()};
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

  /** Draws a new resident's history from the resident's own stream. */
  void apply(Population pop, PersonStreams streams, int id) {
    double years = EXPOSURE_YEARS[pop.ageBand(id)];
    if (!enabled || years == 0) {
      return;
    }
    int g = pop.groupIndex(id);
    double hazard = arrestRate[g] * ageFactor[pop.ageBand(id)] * pop.propensity(id);
    if (!streams.chance(id, -Math.expm1(-hazard * years))) {
      return;
    }
    pop.addBooking(id);
    pop.setReleaseStatus(id, OffenderStatus.RELEASED_NORMALLY);
    pop.setReleaseDay(id, -streams.nextDouble(id) * years * TimeParams.DAYS_PER_YEAR);
    if (streams.chance(id, conviction)) {
      pop.addConviction(id);
      double u = streams.nextDouble(id);
      pop.set(id, Population.VIOLENT_CONVICTION, u < violentShare[g]);
      if (g == Group.LAWFUL_NONCITIZEN.ordinal() && u < deportableShare[g]) {
        pop.set(id, Population.REMOVABLE, true);
      }
    }
  }
}
