/**
 * Statistics over replicates: means with 95% t intervals, paired differences on common random
 * numbers with the variance reduction they bring, and percentile bootstrap intervals.
 */
package org.releasesim.experiment.stats;
