package org.releasesim.gui.watch;

import org.releasesim.model.PersonState;
import org.releasesim.model.Population;

/**
 * What a person's dot on the map says: the model's {@link PersonState}, with residents in the
 * community split by whether they are at large after a release that ICE wanted (a declined
 * detainer or a missed transfer), the people whose releases the policy debate is about.
 */
public enum DotState {
  COMMUNITY("in the community"),
  WANTED_AT_LARGE("at large after a release ICE wanted"),
  PRETRIAL("in jail, pretrial"),
  SENTENCED("in jail, sentenced"),
  DETAINER_HOLD("held on a detainer"),
  ICE_CUSTODY("in ICE custody"),
  PRISON("in state prison"),
  REMOVED("removed from the US");

  private static final DotState[] VALUES = values();
  private final String label;

  DotState(String label) {
    this.label = label;
  }

  /** Words for the legend and the person inspector. */
  public String label() {
    return label;
  }

  /** Whether the person is in the county jail. */
  boolean inJail() {
    return this == PRETRIAL || this == SENTENCED || this == DETAINER_HOLD;
  }

  /** Whether the person lives in the county now (a resident in the model's sense). */
  boolean livesInCounty() {
    return this == COMMUNITY || this == WANTED_AT_LARGE || inJail();
  }

  public static DotState of(Population population, int p) {
    PersonState s = population.state(p);
    return switch (s) {
      case COMMUNITY -> population.offenderStatus(p).releasedWhileWanted()
          ? WANTED_AT_LARGE : COMMUNITY;
      case JAIL_PRETRIAL -> PRETRIAL;
      case JAIL_SENTENCED -> SENTENCED;
      case DETAINER_HOLD -> DETAINER_HOLD;
      case ICE_CUSTODY -> ICE_CUSTODY;
      case PRISON -> PRISON;
      case REMOVED, DEPARTED -> REMOVED;
    };
  }

  public static DotState of(int ordinal) {
    return VALUES[ordinal];
  }

  static int count() {
    return VALUES.length;
  }
}
