package org.releasesim.model;

/**
 * Something that happened to a person, for displays and person histories. Produced only when a
 * listener is attached ({@link ReleaseSim#setEventListener}), so headless runs pay nothing.
 *
 * @param day schedule day
 * @param kind what happened
 * @param person the person concerned
 * @param jurisdiction where it happened (jurisdiction index)
 * @param tract global tract index where it happened, or -1 at a jail or elsewhere
 * @param detail a short qualifier (crime type, release status, ...), or empty
 */
public record ModelEvent(double day, Kind kind, int person, int jurisdiction, int tract,
    String detail) {

  /** Kinds of events. */
  public enum Kind {
    OFFENCE, ARREST, BOOKING, DETAINER_LODGED, RELEASE, DETAINER_HOLD, CUSTODIAL_TRANSFER,
    TRANSFER_MISSED, AT_LARGE_CASE_OPENED, AT_LARGE_OPERATION, AT_LARGE_ARREST,
    COLLATERAL_ARREST, USE_OF_FORCE, PRISON, PRISON_RELEASE, REMOVAL, REENTRY, ICE_RELEASE,
    /**
     * The person leaves for good (death, moving away, emigration; detail says which) and a new
     * occupant takes over the record: a listener that follows persons by id must start afresh.
     */
    DEPARTURE,
    /** The person's immigration status changes (detail: NATURALISATION or ADJUSTMENT). */
    STATUS_CHANGE
  }

  /** Receives model events. */
  @FunctionalInterface
  public interface Listener {
    void happened(ModelEvent event);
  }
}
