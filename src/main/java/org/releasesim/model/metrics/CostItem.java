package org.releasesim.model.metrics;

/** What the costs are spent on: the levels of {@link Metric#COSTS}. */
public enum CostItem {
  JAIL, ICE_OFFICERS, ICE_DETENTION, CRIME
}
