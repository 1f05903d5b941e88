package org.releasesim.model;

/** The federal enforcement priorities that decide on whom ICE lodges a detainer. */
public enum PriorityRegime {
  /** Every removable person booked (e.g. FY2017-2020 guidance). */
  ALL_REMOVABLE,
  /** Removable people with a prior conviction (e.g. Secure Communities levels 1-3). */
  CONVICTED,
  /** Removable people charged with or convicted of a violent offence (e.g. PEP, 2015-2016). */
  SERIOUS_ONLY
}
