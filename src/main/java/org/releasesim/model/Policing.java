package org.releasesim.model;

import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.PolicingParams;
import org.releasesim.model.param.ReportingParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.random.PersonStreams;

/**
 * Victimisation, reporting and clearance of one offence. Every draw comes from the offender's
 * stream, so being victimised never shifts a victim's own later choices.
 */
final class Policing {
  private static final int VICTIM_TRIES = 8;
  /**
   * With victim targeting, candidates are also turned down: this many times more tries keep the
   * fallback (the last candidate, whatever its group) out of reach. Acceptance is at least
   * (0.01 / 1) ^ strength in theory, but in practice the lowest of a few groups' perceived rates
   * over another's, well above one half at the defaults.
   */
  private static final int TARGETING_TRIES = 4;

  private Policing() {}

  /** Returns whether the offence is cleared (leading to the offender's arrest). */
  static boolean investigate(ReleaseSim sim, int offender, int type, Jurisdiction where,
      int localTract) {
    PersonStreams streams = sim.streams();
    PolicingParams police = sim.params().policing();
    if (!CrimeType.of(type).hasVictim()) {
      return streams.chance(offender, police.detectionRates().get(type));
    }
    ReportingParams rp = sim.params().reporting();
    int victimTract = streams.chance(offender, rp.localVictimShare()) ? localTract
        : streams.nextInt(offender, where.grid().count());
    int victimGroup = victimGroup(sim, offender, where, victimTract);
    int j = where.index();
    sim.metrics().count(Metric.VICTIMISATIONS, j, type, victimGroup);
    double report = rp.reportRates().get(type) * groupFactor(rp, victimGroup)
        * where.trust().trust(victimTract, victimGroup);
    boolean reported = streams.chance(offender, Math.min(1, report));
    where.reportingPerception().record(victimTract, victimGroup, reported);
    if (!reported) {
      sim.metrics().count(Metric.UNREPORTED_UNCLEARED, j, type, victimGroup);
      return false;
    }
    sim.metrics().count(Metric.REPORTED, j, type, victimGroup);
    double clearance = police.clearanceRates().get(type);
    if (police.witnessCooperation()) {
      clearance *= Math.pow(where.trust().witnessTrust(localTract), police.witnessElasticity());
    }
    boolean cleared = streams.chance(offender, clearance);
    if (cleared) {
      sim.metrics().count(Metric.CLEARED, j, type, sim.population().groupIndex(offender));
    }
    return cleared;
  }

  /**
   * Picks a victim among the tract's residents who are in the community. With victim targeting,
   * an offender goes ahead with a candidate with the chance {@link
   * ReportingPerception#acceptance} gives, else tries another: candidates are then weighted by
   * their group's perceived reporting ^ -strength. Strength 0 draws exactly as without it.
   */
  private static int victimGroup(ReleaseSim sim, int offender, Jurisdiction where, int tract) {
    Population population = sim.population();
    PersonStreams streams = sim.streams();
    double strength = sim.params().reporting().victimTargeting().strength();
    int tries = strength > 0 ? VICTIM_TRIES * TARGETING_TRIES : VICTIM_TRIES;
    TractResidents residents = null;
    int slot = -1;
    int t = tract;
    for (int attempt = 0; attempt < tries; attempt++) {
      int globalTract = where.firstTract() + t;
      TractResidents here = population.residents(globalTract);
      if (here.size() == 0) {
        t = streams.nextInt(offender, where.grid().count());
        continue;
      }
      residents = here;
      slot = streams.nextInt(offender, here.size());
      int group = here.groupIfInCommunity(slot);
      if (group >= 0 && !isOffender(population, offender, globalTract, slot)
          && (strength <= 0 || streams.chance(offender,
              where.reportingPerception().acceptance(t, group, strength)))) {
        return group;
      }
    }
    return slot < 0 ? Group.CITIZEN.ordinal() : population.groupIndex(residents.person(slot));
  }

  /** Whether a tract slot holds the offender, from the offender's own record. */
  private static boolean isOffender(Population population, int offender, int globalTract,
      int slot) {
    return population.tract(offender) == globalTract && population.slot(offender) == slot;
  }

  /**
   * By group, the share of its victimisations reported at full trust: each victim type's
   * reporting rate, weighted by the base offending rates of the types (the victims' mix of types
   * is not known before a run), times the group's reporting factor.
   */
  static double[] fullTrustReporting(ScenarioParams p) {
    ReportingParams rp = p.reporting();
    double[] rate = new double[Group.count()];
    double weights = 0;
    double reported = 0;
    for (int t = 0; t < CrimeType.count(); t++) {
      if (CrimeType.of(t).hasVictim()) {
        double w = p.offending().baseRates().get(t);
        weights += w;
        reported += w * rp.reportRates().get(t);
      }
    }
    double base = weights > 0 ? reported / weights : 0;
    for (int g = 0; g < Group.count(); g++) {
      rate[g] = Math.min(1, base * groupFactor(rp, g));
    }
    return rate;
  }

  private static double groupFactor(ReportingParams rp, int group) {
    return switch (Group.of(group)) {
      case CITIZEN -> 1;
      case LAWFUL_NONCITIZEN -> rp.lawfulNoncitizenFactor();
      case UNAUTHORIZED -> rp.unauthorizedFactor();
    };
  }
}
