package org.releasesim.experiment.sensitivity;

/**
 * One factor's Morris screening measures for one outcome, in outcome units per unit of the
 * factor's range (the range mapped onto [0, 1]).
 *
 * @param factor the factor's name
 * @param effects elementary effects used (trajectories with both values)
 * @param mu mean elementary effect (Morris 1991): signed, so effects of both signs may cancel
 * @param muStar mean absolute elementary effect (Campolongo et al. 2007): the importance measure
 * @param sigma standard deviation of the elementary effects (Morris 1991): large when the effect
 *     depends on where in the space it is measured (non-linearity or interaction)
 * @param muStarLow lower end of the 95% bootstrap interval of mu*, resampling trajectories
 * @param muStarHigh upper end of that interval
 */
public record MorrisIndex(String factor, int effects, double mu, double muStar, double sigma,
    double muStarLow, double muStarHigh) {}
