/**
 * What the visual mode watches and counts, without Swing: {@link
 * org.releasesim.gui.watch.WatchedRun} steps a {@link org.releasesim.model.ReleaseSim} one
 * simulated day at a time and owns the counters, the event log, the chart and headline feeds,
 * the person census and the map's geometry; {@link org.releasesim.gui.watch.ScenarioEdits} and
 * {@link org.releasesim.gui.watch.ModelTabLines} hold the Model tab's edits. It watches the
 * model (a {@link org.releasesim.model.ModelEvent.Listener} and a
 * {@link org.releasesim.model.metrics.SeriesSink}) and reads its public state; nothing here draws
 * a random number, so a run watched gives exactly the numbers of the same run headless. Unit
 * tested without a display; an architecture test keeps Swing, MASON's display and JFreeChart
 * out.
 */
package org.releasesim.gui.watch;
