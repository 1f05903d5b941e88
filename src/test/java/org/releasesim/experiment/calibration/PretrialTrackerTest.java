package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent;
import org.releasesim.model.ModelEvent.Kind;

/** Pretrial episodes and re-arrests before disposition, from hand-made event sequences. */
class PretrialTrackerTest {
  private final Set<Integer> pending = new HashSet<>();
  private final Set<Integer> detainers = new HashSet<>();
  private final PretrialTracker tracker = new PretrialTracker(new PretrialTracker.CaseStatus() {
    @Override
    public boolean casePending(int person) {
      return pending.contains(person);
    }

    @Override
    public boolean hasDetainer(int person) {
      return detainers.contains(person);
    }
  }, 100, 200);

  private void event(double day, Kind kind, int person) {
    tracker.happened(new ModelEvent(day, kind, person, 0, -1, ""));
  }

  @Test
  void anArrestWhileTheCaseIsPendingIsARearrest() {
    pending.add(1);
    event(120, Kind.RELEASE, 1);
    event(150, Kind.ARREST, 1);
    assertEquals(new PretrialEpisodes(1, 1), tracker.episodes());
  }

  @Test
  void anArrestAfterDispositionIsNot() {
    pending.add(2);
    event(120, Kind.RELEASE, 2);
    pending.remove(2);
    event(400, Kind.ARREST, 2);
    assertEquals(new PretrialEpisodes(1, 0), tracker.episodes());
  }

  @Test
  void anArrestMoreThanAYearAfterReleaseIsBeyondTheFollowUp() {
    pending.add(3);
    event(120, Kind.RELEASE, 3);
    event(120 + PretrialTracker.FOLLOW_UP_DAYS + 1, Kind.ARREST, 3);
    assertEquals(new PretrialEpisodes(1, 0), tracker.episodes());
  }

  @Test
  void releasesWithoutAPendingCaseWithADetainerOrOutsideTheWindowAreNotEpisodes() {
    event(120, Kind.RELEASE, 4);
    pending.add(5);
    detainers.add(5);
    event(120, Kind.RELEASE, 5);
    pending.add(6);
    event(90, Kind.RELEASE, 6);
    event(200, Kind.RELEASE, 6);
    event(210, Kind.ARREST, 6);
    assertEquals(new PretrialEpisodes(0, 0), tracker.episodes());
  }

  @Test
  void eachReleaseStartsAnEpisode() {
    pending.add(7);
    event(110, Kind.RELEASE, 7);
    event(130, Kind.ARREST, 7);
    event(140, Kind.RELEASE, 7);
    assertEquals(new PretrialEpisodes(2, 1), tracker.episodes());
    assertEquals(0.5, tracker.episodes().share(), 1e-12);
  }

  @Test
  void impossibleCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PretrialEpisodes(1, 2));
  }
}
