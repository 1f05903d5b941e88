/**
 * Calibration of the model's defaults against published figures ({@code release-sim
 * calibrate}): a synthetic county with US-average rates is run for several replications, the
 * micro-level patterns the defaults were fitted to are measured (a prison-release cohort's
 * re-arrest curve, pretrial re-arrest, reporting and clearance, jail flows and stocks, detainer
 * subjects without a conviction), and each is compared with its published value and a
 * tolerance. The same results become {@code docs/calibration.md}, so the document is produced by
 * the command, never by hand.
 *
 * <p>The package also generates the parameter table of {@code docs/ODD.md} from the parameter
 * records, so that the model description lists every scenario key with the code's own units,
 * defaults, ranges and sources.
 */
package org.releasesim.experiment.calibration;
