package org.releasesim.experiment.sweep;

/**
 * One run of a sweep.
 *
 * @param index the run's number in the sweep, from 0: {@code replicate * points + point}, so the
 *     replicates of one design point are a block's width apart and adding replicates appends runs
 * @param point the design point
 * @param replicate the replicate, from 0
 * @param seed the run's seed (see {@link SeedSequence})
 */
public record RunSpec(int index, int point, int replicate, int seed) {}
