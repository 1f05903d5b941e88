package org.releasesim.gui.watch;

import org.releasesim.model.ModelEvent;
import org.releasesim.model.OffenderStatus;

/**
 * Running totals the GUI counts itself from the model's events, over the recorded period only
 * (like the model's metrics): offences by offender status, at-large operations and collateral
 * arrests. Shown in the legend, written by {@code --counts}, and checked against the model.
 */
public final class GuiTallies {
  private final double warmupDays;
  private final long[] offences = new long[OffenderStatus.count()];
  private long operations;
  private long collateralArrests;

  /** @param warmupDays schedule time when recording starts; earlier events are not counted */
  GuiTallies(double warmupDays) {
    this.warmupDays = warmupDays;
  }

  /** Count an event; {@code status} is the offender's status when the event is an offence. */
  void count(ModelEvent e, OffenderStatus status) {
    if (e.day() <= warmupDays) {
      return;
    }
    switch (e.kind()) {
      case OFFENCE -> offences[status.ordinal()]++;
      case AT_LARGE_OPERATION -> operations++;
      case COLLATERAL_ARREST -> collateralArrests++;
      default -> {
        // other kinds are shown on the map and in histories, not tallied
      }
    }
  }

  public long offences(OffenderStatus status) {
    return offences[status.ordinal()];
  }

  public long offences() {
    long n = 0;
    for (long v : offences) {
      n += v;
    }
    return n;
  }

  public long operations() {
    return operations;
  }

  public long collateralArrests() {
    return collateralArrests;
  }
}
