/**
 * The {@code bench} command's measurements: MASON's schedule ceiling, the model on a county of a
 * million, scaling in residents and years, and sweep throughput, each the median of repeated
 * runs in one JVM, printed and saved as CSV.
 */
package org.releasesim.experiment.bench;
