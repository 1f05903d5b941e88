package org.releasesim.experiment.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.releasesim.model.CrimeType;
import org.releasesim.model.ModelEvent;
import org.releasesim.model.param.TimeParams;

/**
 * Builds a prison-release cohort from a run's events, the way the BJS recidivism studies do:
 * everyone released from state prison to the community within a window (first release only),
 * followed until their first arrest and counted for every arrest within five years.
 *
 * <p>People handed to ICE at the prison gate ({@code CUSTODIAL_TRANSFER "prison"} at the moment
 * of release) are left out: they never reach the community, so they cannot be re-arrested, and
 * a cohort that kept them would understate re-arrest by the share of removable releasees.
 */
final class PrisonCohortTracker implements ModelEvent.Listener {
  /** Five years in days: the BJS concentration measure counts arrests in this period. */
  static final double FIVE_YEARS = 5 * TimeParams.DAYS_PER_YEAR;
  private static final String FROM_PRISON = "prison";

  private final IntUnaryOperator ageBand;
  private final double windowStart;
  private final double windowEnd;
  private final Map<Integer, Followed> followed = new TreeMap<>();

  /**
   * Follows people released in [{@code windowStart}, {@code windowEnd}), schedule days.
   *
   * @param ageBand a person's age band index at the moment asked (the release)
   */
  PrisonCohortTracker(IntUnaryOperator ageBand, double windowStart, double windowEnd) {
    if (!(windowEnd > windowStart)) {
      throw new IllegalArgumentException("empty cohort window [" + windowStart + ", "
          + windowEnd + ")");
    }
    this.ageBand = ageBand;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  @Override
  public void happened(ModelEvent e) {
    switch (e.kind()) {
      case PRISON_RELEASE -> enter(e);
      case CUSTODIAL_TRANSFER -> leftForIce(e);
      case ARREST -> arrested(e);
      case DEPARTURE -> departed(e);
      default -> { }
    }
  }

  private void enter(ModelEvent e) {
    if (e.day() >= windowStart && e.day() < windowEnd && !followed.containsKey(e.person())) {
      followed.put(e.person(), new Followed(e.day(), CrimeType.valueOf(e.detail()).ordinal(),
          ageBand.applyAsInt(e.person())));
    }
  }

  private void leftForIce(ModelEvent e) {
    Followed f = followed.get(e.person());
    if (f != null && FROM_PRISON.equals(e.detail()) && f.releaseDay == e.day()
        && f.arrests == 0) {
      followed.remove(e.person());
    }
  }

  /**
   * A releasee who dies stays in the cohort, arrested no more (as in the BJS cohorts); one who
   * moves away is censored at the move (BJS's FBI records would still see their arrests). Either
   * way the record's next occupant is someone else.
   */
  private void departed(ModelEvent e) {
    Followed f = followed.get(e.person());
    if (f != null && !f.gone) {
      f.gone = true;
      if (!"death".equals(e.detail())) {
        f.moved = e.day() - f.releaseDay;
      }
    }
  }

  private void arrested(ModelEvent e) {
    Followed f = followed.get(e.person());
    if (f == null || f.gone) {
      return;
    }
    double since = e.day() - f.releaseDay;
    f.firstArrest = Math.min(f.firstArrest, since);
    if (since <= FIVE_YEARS) {
      f.arrests++;
    }
  }

  /** The cohort as followed so far, in person order. */
  ReleaseCohort cohort() {
    List<Releasee> members = new ArrayList<>(followed.size());
    followed.forEach((person, f) ->
        members.add(new Releasee(person, f.type, f.age, f.firstArrest, f.arrests, f.moved)));
    return new ReleaseCohort(members);
  }

  /** What is known so far of one releasee. */
  private static final class Followed {
    final double releaseDay;
    final int type;
    final int age;
    double firstArrest = Double.POSITIVE_INFINITY;
    int arrests;
    boolean gone;
    double moved = Double.POSITIVE_INFINITY;

    Followed(double releaseDay, int type, int age) {
      this.releaseDay = releaseDay;
      this.type = type;
      this.age = age;
    }
  }
}
