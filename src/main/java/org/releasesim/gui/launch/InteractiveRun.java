package org.releasesim.gui.launch;

import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;
import org.releasesim.gui.view.ReleaseSimConsole;
import org.releasesim.gui.view.ReleaseSimWithUI;
import org.releasesim.gui.view.SideBySideWithUI;
import org.releasesim.gui.watch.PolicyPair;
import org.releasesim.model.param.ScenarioParams;
import sim.display.GUIState;

/** Opens the GUI for a person at the screen and returns when they close the Console. */
public final class InteractiveRun {
  private InteractiveRun() {}

  /**
   * Opens the Console with the map and charts, stopped at the start of the run.
   *
   * @param chartDays simulated days between chart updates at the start
   */
  public static void openAndWait(ScenarioParams params, String scenarioName, int chartDays)
      throws InterruptedException {
    ReleaseSimWithUI gui = new ReleaseSimWithUI(params, scenarioName);
    gui.setChartDays(chartDays);
    openAndWait(gui);
  }

  /**
   * Opens the Console with two maps, one per policy, and the window of their differences,
   * stopped at the start of the runs.
   *
   * @param chartDays simulated days between chart updates at the start
   */
  public static void openSideBySideAndWait(PolicyPair pair, int chartDays)
      throws InterruptedException {
    SideBySideWithUI gui = new SideBySideWithUI(pair);
    gui.setChartDays(chartDays);
    openAndWait(gui);
  }

  private static void openAndWait(GUIState gui) throws InterruptedException {
    ReleaseSimConsole[] console = new ReleaseSimConsole[1];
    try {
      SwingUtilities.invokeAndWait(() -> {
        console[0] = new ReleaseSimConsole(gui);
        console[0].setVisible(true);
      });
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the GUI could not open: " + e.getCause(), e.getCause());
    }
    console[0].awaitClose();
  }
}
