/**
 * The visual step-through mode: MASON's Console stepping a {@link org.releasesim.model.ReleaseSim}
 * one simulated day at a time, a map of the tracts, jails and ICE officers, live JFreeChart
 * charts, and inspectors for the scenario's parameters and for single persons.
 *
 * <p>The package holds no model logic. It watches the model (a
 * {@link org.releasesim.model.ModelEvent.Listener} and a
 * {@link org.releasesim.model.metrics.SeriesSink}) and reads its public state; neither draws a
 * random number, so a run watched here gives exactly the numbers of the same run headless.
 * The Swing-free core ({@link org.releasesim.gui.WatchedRun} and the classes it owns) is unit
 * tested without a display; {@link org.releasesim.gui.ReleaseSimWithUI} wires it to MASON's
 * Console, {@link org.releasesim.gui.FigureRun} makes figures without a person at the screen,
 * and {@link org.releasesim.gui.VirtualDisplay} gives both a private Xvfb where there is no
 * display.
 */
package org.releasesim.gui;
