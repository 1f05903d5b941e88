/**
 * Sweeps: sweep files ({@link org.releasesim.experiment.sweep.SweepFileReader}), their plans
 * ({@link org.releasesim.experiment.sweep.SweepPlanner}: factors checked against the base
 * scenario, the design built, a seed for every run from the master seed by
 * {@link org.releasesim.experiment.sweep.SeedSequence}), the batch runner
 * ({@link org.releasesim.experiment.sweep.SweepExecutor}: a fixed thread pool, one fresh model
 * per run, results handed on in run order), and the analysis of finished runs
 * ({@link org.releasesim.experiment.sweep.SweepAnalysis}).
 *
 * <p>Nothing here writes files: {@code org.releasesim.output.sweep} streams and writes them, and
 * the commands in {@code org.releasesim.cli} put the two together. A run's outcome depends only
 * on its scenario and seed, so results never depend on thread counts, shards or resumes.
 */
package org.releasesim.experiment.sweep;
