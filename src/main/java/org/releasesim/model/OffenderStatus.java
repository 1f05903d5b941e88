package org.releasesim.model;

/**
 * An offender's standing at the time of an offence, for attributing crimes to release decisions.
 * When several apply, the first listed wins.
 */
public enum OffenderStatus {
  /** Released before disposition of a pending case. */
  ON_PRETRIAL_RELEASE,
  /** Came back after removal. */
  REENTERED_AFTER_REMOVAL,
  /** ICE wanted the person at release, but the jail's policy declined the detainer. */
  RELEASED_DETAINER_DECLINED,
  /** The jail cooperated, but no ICE officer made the pick-up in time. */
  RELEASED_TRANSFER_MISSED,
  /** Released from ICE custody (bond, relief). */
  RELEASED_BY_ICE,
  /** Released from jail or prison with no ICE interest. */
  RELEASED_NORMALLY,
  /** No booking so far. */
  NEVER_BOOKED;

  private static final OffenderStatus[] VALUES = values();

  public static OffenderStatus of(int index) {
    return VALUES[index];
  }

  public static int count() {
    return VALUES.length;
  }

  /** Released when ICE wanted the person and no transfer happened. */
  public boolean releasedWhileWanted() {
    return this == RELEASED_DETAINER_DECLINED || this == RELEASED_TRANSFER_MISSED;
  }
}
