package org.releasesim.model.metrics;

/** People in jail, by why they are held: the levels of {@link Metric#JAIL_POPULATION}. */
public enum JailStock {
  PRETRIAL, SENTENCED, DETAINER_HOLD
}
