/**
 * Designs of experiments over scenario parameters: full factorial, listed points, Latin
 * hypercube (McKay et al. 1979), Morris trajectories (Morris 1991) and the Saltelli et al. (2010)
 * scheme for Sobol indices. Random designs take their generator, so a design is a function of
 * the sweep's master seed.
 */
package org.releasesim.experiment.design;
