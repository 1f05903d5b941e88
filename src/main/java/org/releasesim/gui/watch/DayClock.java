package org.releasesim.gui.watch;

import java.util.Locale;
import org.releasesim.model.param.TimeParams;

/**
 * The GUI's calendar. One Console step is one simulated day; days are counted from the end of
 * the warm-up, so day boundaries fall at {@code warm-up + k} for whole k (the first step of a
 * run with a fractional warm-up, such as 365.25 days, is the short remainder). A boundary is
 * reached when every event at or before it has fired: day N shows the state after N whole
 * recorded days.
 */
public final class DayClock {
  /** Absorbs rounding in {@code warm-up + k - warm-up}. */
  private static final double SLACK = 1e-6;

  private final double warmupDays;
  private final double endDay;

  /**
   * @param warmupDays schedule time at which recording starts (days)
   * @param endDay schedule time of the horizon (days)
   */
  DayClock(double warmupDays, double endDay) {
    if (!(warmupDays >= 0) || !(endDay >= warmupDays)) {
      throw new IllegalArgumentException("need 0 <= warm-up (" + warmupDays + ") <= end ("
          + endDay + ")");
    }
    this.warmupDays = warmupDays;
    this.endDay = endDay;
  }

  static DayClock of(TimeParams time) {
    return new DayClock(time.warmupDays(), time.endDay());
  }

  /** The boundary after {@code reached} (a boundary, or 0 at the start), capped at the horizon. */
  double nextBoundary(double reached) {
    double k = Math.floor(Math.max(reached, 0) - warmupDays + SLACK) + 1;
    return Math.min(warmupDays + k, endDay);
  }

  /** Whether {@code reached} is the horizon. */
  boolean atEnd(double reached) {
    return reached >= endDay;
  }

  /** Whole recorded days at a boundary: negative during the warm-up, 0 when recording starts. */
  public int recordedDay(double reached) {
    return (int) Math.floor(reached - warmupDays + SLACK);
  }

  /** Schedule time of a recorded day (clipped to the run), the target of {@code --until}. */
  double timeOfDay(int recordedDay) {
    return Math.max(0, Math.min(warmupDays + recordedDay, endDay));
  }

  /** Steps needed from boundary {@code reached} to reach {@code recordedDay} (or the horizon). */
  public int stepsUntil(double reached, int recordedDay) {
    double target = timeOfDay(recordedDay);
    int steps = 0;
    for (double b = reached; b < target - SLACK && !atEnd(b); b = nextBoundary(b)) {
      steps++;
    }
    return steps;
  }

  /** Shown to people: "warm-up, 12 days to go", "day 0 (recording starts)", "day 365 (year 1)". */
  String label(double reached) {
    if (reached < warmupDays - SLACK) {
      long left = (long) Math.ceil(warmupDays - reached - SLACK);
      return String.format(Locale.ROOT, "warm-up, %d day%s to go", left, left == 1 ? "" : "s");
    }
    int day = recordedDay(reached);
    if (day == 0) {
      return "day 0 (recording starts)";
    }
    int year = (int) Math.ceil(day / TimeParams.DAYS_PER_YEAR - SLACK);
    return String.format(Locale.ROOT, "day %d (year %d)%s", day, year,
        atEnd(reached) ? ", end of run" : "");
  }

  double warmupDays() {
    return warmupDays;
  }

  double endDay() {
    return endDay;
  }
}
