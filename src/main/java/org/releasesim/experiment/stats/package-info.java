/**
 * Statistics over replicates: means with 95% t intervals, paired differences on common random
 * numbers with the variance reduction they bring, and percentile bootstrap intervals; and over
 * one run's series: whether it has settled ({@link org.releasesim.experiment.stats.Stationarity}:
 * the project's first-versus-last-window criterion, the linear trend, the MSER-5 truncation
 * point). Nothing here reads or writes files.
 */
package org.releasesim.experiment.stats;
