package org.releasesim.model.metrics;

/** What ICE officers' hours are spent on: the levels of {@link Metric#ICE_OFFICER_HOURS}. */
public enum OfficerTask {
  TRANSFER, AT_LARGE, COMMUNITY
}
