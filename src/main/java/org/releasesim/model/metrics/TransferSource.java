package org.releasesim.model.metrics;

/** Where a custodial transfer to ICE happens: the levels of {@link Metric#CUSTODIAL_TRANSFERS}. */
public enum TransferSource {
  JAIL, PRISON
}
