package org.releasesim.model.metrics;

/**
 * Detainer subjects, by whether they had a conviction: the levels of {@link
 * Metric#DETAINERS_LODGED}.
 */
public enum DetainerSubject {
  CONVICTED, NO_CONVICTION
}
