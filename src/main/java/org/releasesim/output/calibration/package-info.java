/**
 * The files of the calibration report: the Markdown report, the re-arrest curve's chart and the
 * CSV of the curve it draws, each written atomically, from the results that
 * {@code experiment.calibration} computes.
 */
package org.releasesim.output.calibration;
