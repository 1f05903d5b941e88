package org.releasesim.gui.watch;

/**
 * How often the charts take in new points, in simulated days (the spinner in the charts'
 * window). Counting happens on the model's thread, changes on the Swing thread: hence volatile.
 */
public final class ChartCadence {
  private volatile int everyDays;
  private int sinceUpdate;

  public ChartCadence(int everyDays) {
    setEveryDays(everyDays);
  }

  public int everyDays() {
    return everyDays;
  }

  public void setEveryDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("charts update every 1 day or more (got " + days + ")");
    }
    everyDays = days;
  }

  /** A day has passed; true when the charts are due an update. */
  public boolean dayPassed() {
    if (++sinceUpdate >= everyDays) {
      sinceUpdate = 0;
      return true;
    }
    return false;
  }

  public void reset() {
    sinceUpdate = 0;
  }
}
