package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent;
import org.releasesim.model.ModelEvent.Kind;

/** The cohort is built from events as the BJS studies build theirs. */
class PrisonCohortTrackerTest {
  private static final double YEAR = 365.25;
  private static final double START = 1000;
  private static final double END = 2000;

  private static ModelEvent event(double day, Kind kind, int person, String detail) {
    return new ModelEvent(day, kind, person, 0, -1, detail);
  }

  private static ReleaseCohort feed(List<ModelEvent> events) {
    PrisonCohortTracker tracker = new PrisonCohortTracker(person -> 2, START, END);
    events.forEach(tracker::happened);
    return tracker.cohort();
  }

  @Test
  void followsFirstReleasesInTheWindowToTheirFirstArrest() {
    ReleaseCohort c = feed(List.of(
        event(1100, Kind.PRISON_RELEASE, 7, "PROPERTY"),
        event(1150, Kind.ARREST, 7, "DRUG"),
        event(1400, Kind.ARREST, 7, "PROPERTY"),
        event(1200, Kind.PRISON_RELEASE, 8, "VIOLENT")));
    assertEquals(List.of(new Releasee(7, 1, 2, 50, 2),
        new Releasee(8, 0, 2, Double.POSITIVE_INFINITY, 0)), c.members());
  }

  @Test
  void releasesOutsideTheWindowAndLaterReleasesDoNotEnter() {
    ReleaseCohort c = feed(List.of(
        event(999, Kind.PRISON_RELEASE, 1, "VIOLENT"),
        event(2000, Kind.PRISON_RELEASE, 2, "VIOLENT"),
        event(1100, Kind.PRISON_RELEASE, 3, "DRUG"),
        event(1300, Kind.ARREST, 3, "DRUG"),
        event(1900, Kind.PRISON_RELEASE, 3, "VIOLENT")));
    assertEquals(List.of(new Releasee(3, 2, 2, 200, 1)), c.members());
  }

  @Test
  void peopleHandedToIceAtTheGateAreLeftOut() {
    ReleaseCohort c = feed(List.of(
        event(1100, Kind.PRISON_RELEASE, 4, "DRUG"),
        event(1100, Kind.CUSTODIAL_TRANSFER, 4, "prison"),
        event(1100, Kind.PRISON_RELEASE, 5, "DRUG"),
        event(1500, Kind.CUSTODIAL_TRANSFER, 5, "jail")));
    assertEquals(List.of(5), c.members().stream().map(Releasee::person).toList());
  }

  @Test
  void onlyArrestsWithinFiveYearsAreCounted() {
    ReleaseCohort c = feed(List.of(
        event(1000, Kind.PRISON_RELEASE, 6, "PUBLIC_ORDER"),
        event(1000 + 5 * YEAR, Kind.ARREST, 6, "DRUG"),
        event(1001 + 5 * YEAR, Kind.ARREST, 6, "DRUG")));
    assertEquals(List.of(new Releasee(6, 3, 2, 5 * YEAR, 1)), c.members());
  }

  @Test
  void anEmptyWindowIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PrisonCohortTracker(person -> 2, 5, 5));
  }
}
