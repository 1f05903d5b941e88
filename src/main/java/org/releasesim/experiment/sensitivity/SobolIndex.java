package org.releasesim.experiment.sensitivity;

/**
 * One factor's variance-based sensitivity indices for one outcome.
 *
 * @param factor the factor's name
 * @param first first-order index S1: the share of output variance the factor explains alone
 * @param firstLow lower end of the 95% bootstrap interval of S1
 * @param firstHigh upper end of that interval
 * @param total total-order index ST: the share explained by the factor with all its
 *     interactions; {@code ST - S1} measures interaction, and ST near 0 means the factor can be
 *     fixed anywhere in its range
 * @param totalLow lower end of the 95% bootstrap interval of ST
 * @param totalHigh upper end of that interval
 */
public record SobolIndex(String factor, double first, double firstLow, double firstHigh,
    double total, double totalLow, double totalHigh) {}
