/**
 * Starting the visual mode: an interactive session ({@link
 * org.releasesim.gui.launch.InteractiveRun}), figures and screenshots made without a person at
 * the screen ({@link org.releasesim.gui.launch.FigureRun}, {@link
 * org.releasesim.gui.launch.SideBySideFigure}), a child JVM for them ({@link
 * org.releasesim.gui.launch.ChildJvm}) and a private Xvfb where there is no display ({@link
 * org.releasesim.gui.launch.VirtualDisplay}).
 */
package org.releasesim.gui.launch;
