package org.releasesim.experiment;

/** Receives a run's progress: simulated day reached, out of the total. */
@FunctionalInterface
public interface RunProgress {
  RunProgress NONE = (day, total, warmup) -> { };

  /**
   * @param day schedule day reached
   * @param totalDays schedule day at which the run ends
   * @param warmupDays schedule day at which recording starts
   */
  void reached(double day, double totalDays, double warmupDays);
}
