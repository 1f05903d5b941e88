package org.releasesim.model;

/** A person's criminal record as enforcement statistics classify it. */
public enum CriminalRecord {
  NEVER_BOOKED, BOOKED_NO_CONVICTION, NONVIOLENT_CONVICTION, VIOLENT_CONVICTION;

  /** The person's record now. */
  static CriminalRecord of(Population population, int p) {
    if (population.hasViolentConviction(p)) {
      return VIOLENT_CONVICTION;
    }
    if (population.convictions(p) > 0) {
      return NONVIOLENT_CONVICTION;
    }
    return population.bookings(p) > 0 ? BOOKED_NO_CONVICTION : NEVER_BOOKED;
  }
}
