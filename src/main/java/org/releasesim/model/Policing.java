package org.releasesim.model;

import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.PolicingParams;
import org.releasesim.model.param.ReportingParams;
import org.releasesim.model.random.PersonStreams;

/**
 * Victimisation, reporting and clearance of one offence. Every draw comes from the offender's
 * stream, so being victimised never shifts a victim's own later choices.
 */
final class Policing {
  private static final int VICTIM_TRIES = 8;

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
    sim.metrics().count(Metric.VICTIMISATIONS, j, type, victimGroup, 0);
    double report = rp.reportRates().get(type) * groupFactor(rp, victimGroup)
        * where.trust().trust(victimTract, victimGroup);
    if (!streams.chance(offender, Math.min(1, report))) {
      sim.metrics().count(Metric.UNREPORTED_UNCLEARED, j, type, victimGroup, 0);
      return false;
    }
    sim.metrics().count(Metric.REPORTED, j, type, victimGroup, 0);
    double clearance = police.clearanceRates().get(type);
    if (police.witnessCooperation()) {
      clearance *= Math.pow(where.trust().witnessTrust(localTract), police.witnessElasticity());
    }
    boolean cleared = streams.chance(offender, clearance);
    if (cleared) {
      sim.metrics().count(Metric.CLEARED, j, type, sim.population().groupIndex(offender), 0);
    }
    return cleared;
  }

  /** Picks a victim among the tract's residents who are in the community. */
  private static int victimGroup(ReleaseSim sim, int offender, Jurisdiction where, int tract) {
    Population population = sim.population();
    PersonStreams streams = sim.streams();
    TractResidents residents = null;
    int slot = -1;
    int t = tract;
    for (int attempt = 0; attempt < VICTIM_TRIES; attempt++) {
      int globalTract = where.firstTract() + t;
      TractResidents here = population.residents(globalTract);
      if (here.size() == 0) {
        t = streams.nextInt(offender, where.grid().count());
        continue;
      }
      residents = here;
      slot = streams.nextInt(offender, here.size());
      int group = here.groupIfInCommunity(slot);
      if (group >= 0 && !isOffender(population, offender, globalTract, slot)) {
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

  private static double groupFactor(ReportingParams rp, int group) {
    return switch (Group.of(group)) {
      case CITIZEN -> 1;
      case LAWFUL_NONCITIZEN -> rp.lawfulNoncitizenFactor();
      case UNAUTHORIZED -> rp.unauthorizedFactor();
    };
  }
}
