package org.releasesim.model.metrics;

/**
 * Flows into, out of and between the county's groups: the levels of {@link
 * Metric#POPULATION_FLOWS}.
 */
public enum PopulationFlow {
  BIRTH, DEATH, OUT_MIGRATION, EMIGRATION, IN_MIGRATION, NATURALISATION, ADJUSTMENT
}
