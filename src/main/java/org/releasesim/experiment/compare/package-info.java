/**
 * Paired policy comparisons: a comparison written as the sweep it amounts to, and the
 * sequential rule that adds replicates until the paired differences are precise enough.
 */
package org.releasesim.experiment.compare;
