package org.releasesim.model;

/** A level that changes at event times, with its time integral (e.g. bed-days from occupancy). */
final class StockIntegrator implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private long level;
  private double lastTime;
  private double integral;

  void change(long delta, double time) {
    advance(time);
    level += delta;
  }

  long level() {
    return level;
  }

  /** Integral since the last {@link #takeIntegral}, up to {@code time}; then restarts it. */
  double takeIntegral(double time) {
    advance(time);
    double value = integral;
    integral = 0;
    return value;
  }

  private void advance(double time) {
    if (time > lastTime) {
      integral += level * (time - lastTime);
      lastTime = time;
    }
  }
}
