/**
 * Running the model: one run from start to finish with its hooks, checkpoints and steady-state
 * check ({@link org.releasesim.experiment.RunDriver}), and, in the subpackages, comparisons of
 * policies on common random numbers, sweeps and their designs, sensitivity analysis,
 * calibration, statistics, Slurm scale-out and the benchmark. Experiments compute results; the
 * {@code output} package writes them.
 */
package org.releasesim.experiment;
