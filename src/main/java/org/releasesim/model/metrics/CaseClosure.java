package org.releasesim.model.metrics;

/**
 * How an at-large case ends: the levels of {@link Metric#AT_LARGE_CASES_CLOSED}. {@code GONE}: the
 * person died, moved away or left the country.
 */
public enum CaseClosure {
  ARRESTED, REBOOKED, GAVE_UP, GONE
}
