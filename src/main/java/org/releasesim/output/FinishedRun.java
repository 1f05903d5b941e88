package org.releasesim.output;

import org.releasesim.experiment.SteadyState;

/**
 * A run whose outputs are all written.
 *
 * @param manifest the final manifest, as written
 * @param steadyState whether its key series settled, as the report and
 *     {@value RunDirectory#STATIONARITY} show it (for the command line's warnings)
 */
public record FinishedRun(RunManifest manifest, SteadyState steadyState) {}
