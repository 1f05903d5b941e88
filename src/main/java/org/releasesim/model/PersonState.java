package org.releasesim.model;

/** Where a person is. Every person is in exactly one state at any time. */
public enum PersonState {
  COMMUNITY, JAIL_PRETRIAL, JAIL_SENTENCED, PRISON, DETAINER_HOLD, ICE_CUSTODY, REMOVED,
  /** Died abroad after removal: the record is closed for good. */
  DEPARTED;

  private static final PersonState[] VALUES = values();

  public static PersonState of(int index) {
    return VALUES[index];
  }

  public static int count() {
    return VALUES.length;
  }

  /** In the county jail (pretrial, sentenced, or held on a detainer past release). */
  public boolean inJail() {
    return this == JAIL_PRETRIAL || this == JAIL_SENTENCED || this == DETAINER_HOLD;
  }
}
