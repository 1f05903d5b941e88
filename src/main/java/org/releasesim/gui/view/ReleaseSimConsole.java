package org.releasesim.gui.view;

import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.concurrent.CountDownLatch;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.GUIState;
import sim.portrayal.Inspector;

/**
 * MASON's Console, changed in four ways: the seed does not move on by one after each stop (a
 * rerun repeats the run); closing the window ends the GUI without ending the JVM (MASON's
 * Console calls System.exit when its last window closes; here the command returns its exit code
 * instead); the window opens wide enough for the Model tab to show its values whole (MASON
 * opens it 380 pixels wide, which cut a policy name such as NOTIFY_ONLY short); and File, New
 * Simulation says how to open another scenario instead of offering MASON's demo models.
 */
public final class ReleaseSimConsole extends Console {
  private static final long serialVersionUID = 1L;

  /** What File, New Simulation tells the user. */
  static final String NEW_SCENARIO_HINT = "release-sim opens one scenario per window. To open"
      + " another, run: release-sim gui SCENARIO.yaml";

  private final transient GUIState gui;
  private final transient CountDownLatch closed = new CountDownLatch(1);

  public ReleaseSimConsole(GUIState gui) {
    super(gui);
    this.gui = gui;
    setIncrementSeedOnStop(false);
  }

  @Override
  public void doClose() {
    if (closed.getCount() == 0) {
      return;
    }
    pressStop();
    gui.quit();
    dispose();
    allControllers.remove(this);
    closed.countDown();
  }

  /** A scenario needs its file, which MASON's chooser of model classes cannot ask for. */
  @Override
  public void doNew() {
    JOptionPane.showMessageDialog(this, NEW_SCENARIO_HINT, "New simulation",
        JOptionPane.INFORMATION_MESSAGE);
  }

  @Override
  public void setVisible(boolean visible) {
    super.setVisible(visible);
    if (visible) {
      fitModelTab();
    }
  }

  /**
   * Widens the window until the Model tab's content fits its width, moving it left if it would
   * run off the screen (never wider than the screen).
   */
  void fitModelTab() {
    Inspector model = getModelInspector();
    Container pane = model == null ? null
        : SwingUtilities.getAncestorOfClass(JScrollPane.class, model);
    if (!(pane instanceof JScrollPane scroll) || getTabPane().getSelectedComponent() == null) {
      return;
    }
    validate();
    Insets border = scroll.getInsets();
    int needed = model.getPreferredSize().width + border.left + border.right
        + scroll.getVerticalScrollBar().getPreferredSize().width;
    // every tab gets the same room as the one on show
    int grow = needed - getTabPane().getSelectedComponent().getWidth();
    if (grow > 0) {
      Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
          .getMaximumWindowBounds();
      int width = Math.min(getWidth() + grow, screen.width);
      setBounds(Math.min(getX(), screen.x + screen.width - width), getY(), width, getHeight());
      validate();
    }
  }

  /** Waits until the window has been closed. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }
}
