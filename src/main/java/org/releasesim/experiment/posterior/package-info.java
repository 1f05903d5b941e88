/**
 * Bayesian calibration with uncertainty ({@code release-sim calibrate --posterior FILE}):
 * approximate Bayesian computation by sequential Monte Carlo (ABC-SMC) with population Monte
 * Carlo weights and an adaptive tolerance, fitting chosen scenario parameters to the published
 * calibration targets, each with its published uncertainty. The engine ({@link
 * org.releasesim.experiment.posterior.AbcSmc}) works on any {@link
 * org.releasesim.experiment.posterior.Simulator}, so it is tested on toy simulators with known
 * posteriors; {@link org.releasesim.experiment.posterior.CountySimulator} runs the calibration
 * county. The method and its assumptions are in {@code docs/uncertainty.md}.
 */
package org.releasesim.experiment.posterior;
