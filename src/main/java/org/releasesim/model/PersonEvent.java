package org.releasesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A person's scheduled event. It carries the person's version at scheduling time; when the
 * person's custody changes, the version moves on and the event, now stale, does nothing. That is
 * how a person's next event is "rescheduled" on MASON's schedule, which cannot cancel one-shot
 * events.
 */
final class PersonEvent implements Steppable {
  private static final long serialVersionUID = 1L;

  /** What happens to the person. */
  enum Kind {
    OFFENCE, ARREST, PRETRIAL_RELEASE, DISPOSITION, JAIL_RELEASE, PRISON_RELEASE, PICKUP,
    HOLD_EXPIRY, CUSTODY_END, REENTRY, CASE_DISCOVERY,
    /** A defendant on pretrial release leaves the county before the case is decided. */
    PRETRIAL_DEPARTURE,
    /**
     * The person dies. Drawn once from the life table, so it holds whatever happens to the
     * person's custody in between: it is never made stale by a version change.
     */
    DEATH;

    /** Whether events of this kind fire whatever the person's version. */
    boolean ignoresVersion() {
      return this == DEATH;
    }
  }

  /**
   * Schedule day the event fires on: the schedule's own time when it fires, kept here so that
   * handling an event does not take the schedule's lock to ask for it.
   */
  final double time;
  final int person;
  final int version;
  final Kind kind;
  /** Crime type index for arrests, else unused. */
  final byte crimeType;
  /** Jurisdiction index for arrests (where the crime happened), else unused. */
  final byte jurisdiction;

  PersonEvent(double time, int person, int version, Kind kind, int crimeType, int jurisdiction) {
    this.time = time;
    this.person = person;
    this.version = version;
    this.kind = kind;
    this.crimeType = (byte) crimeType;
    this.jurisdiction = (byte) jurisdiction;
  }

  @Override
  public void step(SimState state) {
    ((ReleaseSim) state).handle(this);
  }
}
