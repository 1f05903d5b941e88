package org.releasesim.gui;

import java.util.concurrent.CountDownLatch;
import sim.display.Console;
import sim.display.GUIState;

/**
 * MASON's Console, changed in two ways: the seed does not move on by one after each stop (a
 * rerun repeats the run), and closing the window ends the GUI without ending the JVM (MASON's
 * Console calls System.exit when its last window closes; here the command returns its exit code
 * instead).
 */
final class ReleaseSimConsole extends Console {
  private static final long serialVersionUID = 1L;

  private final transient GUIState gui;
  private final transient CountDownLatch closed = new CountDownLatch(1);

  ReleaseSimConsole(GUIState gui) {
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

  /** Waits until the window has been closed. */
  void awaitClose() throws InterruptedException {
    closed.await();
  }
}
