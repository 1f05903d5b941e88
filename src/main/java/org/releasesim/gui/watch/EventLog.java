package org.releasesim.gui.watch;

import org.releasesim.model.ModelEvent;
import org.releasesim.model.OffenderStatus;
import org.releasesim.model.Population;

/**
 * The GUI's one listener on the model: hands every {@link ModelEvent} to what displays it (tract
 * activity, fading marks, person histories, tallies). It only reads the model, and never draws a
 * random number, so attaching it leaves the run unchanged.
 */
public final class EventLog implements ModelEvent.Listener {
  private final Population population;
  private final TractActivity activity;
  private final RecentMarks marks = new RecentMarks();
  private final PersonHistories histories;
  private final GuiTallies tallies;

  /**
   * @param population read for the offender status at the time of an offence
   * @param tracts number of global tracts
   * @param warmupDays schedule time when recording starts
   * @param keepHistories whether to keep per-person histories (small populations only)
   */
  EventLog(Population population, int tracts, double warmupDays, boolean keepHistories) {
    this.population = population;
    this.activity = new TractActivity(tracts);
    this.histories = new PersonHistories(keepHistories);
    this.tallies = new GuiTallies(warmupDays);
  }

  @Override
  public void happened(ModelEvent e) {
    OffenderStatus status = null;
    switch (e.kind()) {
      case OFFENCE -> {
        activity.crime(e.tract());
        status = population.offenderStatus(e.person());
      }
      case AT_LARGE_OPERATION -> activity.operation(e.tract());
      default -> {
        // no tract activity
      }
    }
    marks.add(e);
    histories.add(e);
    tallies.count(e, status);
  }

  /** A displayed day has passed: fade activity and marks up to schedule time {@code now}. */
  void dayPassed(double days, double now) {
    activity.decay(days);
    marks.prune(now);
  }

  TractActivity activity() {
    return activity;
  }

  public RecentMarks marks() {
    return marks;
  }

  PersonHistories histories() {
    return histories;
  }

  public GuiTallies tallies() {
    return tallies;
  }
}
