package org.releasesim.model.metrics;

/**
 * How one of ICE's own community operations ends: the levels of {@link
 * Metric#COMMUNITY_OPERATIONS}.
 */
public enum OperationOutcome {
  ARRESTED, NOT_FOUND, NO_TARGET
}
