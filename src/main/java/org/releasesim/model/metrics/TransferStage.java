package org.releasesim.model.metrics;

/**
 * The stage of the criminal case at a custodial transfer: the levels of {@link
 * Metric#TRANSFERS_BY_STAGE}.
 */
public enum TransferStage {
  PRETRIAL, AFTER_DISPOSITION, PRISON
}
