package org.releasesim.model;

/** How a person came into ICE custody. */
public enum IceArrestOrigin {
  /** Custodial transfer at the county jail. */
  JAIL_TRANSFER,
  /** Handed to ICE at the state prison gate. */
  PRISON_TRANSFER,
  /** Arrested in the community after a release ICE wanted but missed (declined, or no officer). */
  AT_LARGE_AFTER_RELEASE,
  /** Arrested in the community by ICE's own operations, with no jail release involved. */
  AT_LARGE_INDEPENDENT,
  /** Met on an at-large operation aimed at someone else. */
  COLLATERAL
}
