package org.releasesim.model.metrics;

/** Where force was used: the levels of {@link Metric#USE_OF_FORCE}. */
public enum ForceSetting {
  AT_LARGE, TRANSFER
}
