/**
 * The files of a posterior calibration ({@code release-sim calibrate --posterior}): the
 * posterior sample ({@code posterior.csv}), the generations, the parameter and predictive-check
 * tables, the saved generations a calibration resumes from, the shard files of a calibration
 * split over machines, the charts (prior against posterior per parameter, pairs of parameters)
 * and the Markdown report.
 */
package org.releasesim.output.posterior;
