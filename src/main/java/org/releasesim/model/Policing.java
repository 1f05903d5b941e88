package org.releasesim.model;

import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.PolicingParams;
import org.releasesim.model.param.ReportingParams;
import org.releasesim.model.random.PersonStreams;
import sim.util.IntBag;

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
    int candidate = -1;
    int t = tract;
    for (int attempt = 0; attempt < VICTIM_TRIES; attempt++) {
      IntBag residents = where.residentsOf(t);
      if (residents.numObjs == 0) {
        t = streams.nextInt(offender, where.grid().count());
        continue;
      }
      candidate = residents.objs[streams.nextInt(offender, residents.numObjs)];
      int group = population.groupIfInCommunity(candidate);
      if (candidate != offender && group >= 0) {
        return group;
      }
    }
    return candidate < 0 ? Group.CITIZEN.ordinal() : population.groupIndex(candidate);
  }

  private static double groupFactor(ReportingParams rp, int group) {
    return switch (Group.of(group)) {
      case CITIZEN -> 1;
      case LAWFUL_NONCITIZEN -> rp.lawfulNoncitizenFactor();
      case UNAUTHORIZED -> rp.unauthorizedFactor();
    };
  }
}
