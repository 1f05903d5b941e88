package org.releasesim.experiment.sweep;

import org.releasesim.experiment.stats.PairedDifference;

/**
 * A paired contrast of a sweep: one design point against its reference point (the same point
 * with the contrast factor, usually the policy, at its first level), on one outcome.
 *
 * @param point the design point
 * @param reference the reference point
 * @param outcome index of the outcome column
 * @param difference the paired difference, point minus reference
 */
public record Contrast(int point, int reference, int outcome, PairedDifference difference) {}
