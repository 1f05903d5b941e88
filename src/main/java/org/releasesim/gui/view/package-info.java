/**
 * The views of the visual mode: MASON's Console and GUI state ({@link
 * org.releasesim.gui.view.ReleaseSimWithUI}, {@link org.releasesim.gui.view.SideBySideWithUI}),
 * the map of tracts, jails and ICE officers, the live JFreeChart charts (styled by the project's
 * one chart theme) and the inspectors for the scenario's parameters and for single persons. They
 * draw what {@code gui.watch} counts; they hold no model logic.
 */
package org.releasesim.gui.view;
