/**
 * What a run leaves on disk: the run folder, the raw data (time series and summary CSV), the
 * manifest that makes the run reproducible, the charts drawn from the raw data only, and an HTML
 * report that ties them together.
 *
 * <p>Every file is written through {@link org.releasesim.output.AtomicFiles}, so a crash leaves
 * either the previous file or the complete new one, never half a file; a run is finished only
 * when its {@code COMPLETE} marker exists (see {@link org.releasesim.output.RunDirectory}).
 * {@link org.releasesim.output.RunWriter} puts the pieces together in the right order.
 */
package org.releasesim.output;
