package org.releasesim.gui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.ModelEvent;
import org.releasesim.model.ModelEvent.Kind;
import org.releasesim.model.Population;

class EventLogTest {
  private static ModelEvent event(double day, Kind kind, int person, int tract) {
    return new ModelEvent(day, kind, person, 0, tract, "");
  }

  @Test
  void historiesKeepEachPersonsEventsInOrderUpToTheCap() {
    PersonHistories h = new PersonHistories(true);
    h.add(event(1, Kind.OFFENCE, 7, 3));
    h.add(event(2, Kind.ARREST, 7, -1));
    h.add(event(2.5, Kind.OFFENCE, 8, 3));
    assertEquals(List.of(Kind.OFFENCE, Kind.ARREST), h.of(7).stream().map(ModelEvent::kind)
        .toList());
    for (int i = 0; i < PersonHistories.MAX_PER_PERSON + 5; i++) {
      h.add(event(3 + i, Kind.BOOKING, 9, -1));
    }
    assertEquals(PersonHistories.MAX_PER_PERSON, h.of(9).size());
    assertEquals(5, h.droppedFor(9));
  }

  @Test
  void historiesOfALargePopulationKeepNothing() {
    PersonHistories h = new PersonHistories(false);
    h.add(event(1, Kind.OFFENCE, 7, 3));
    assertTrue(h.of(7).isEmpty());
  }

  @Test
  void tractActivityFadesWithItsTimeConstant() {
    TractActivity a = new TractActivity(4);
    a.crime(2);
    a.crime(2);
    a.operation(1);
    a.crime(-1);
    a.decay(TractActivity.MEMORY_DAYS);
    assertEquals(2 / Math.E, a.crimes(2), 1e-12);
    assertEquals(1 / Math.E, a.operations(1), 1e-12);
    assertEquals(0, a.crimes(0));
    assertEquals(a.crimes(2) / TractActivity.MEMORY_DAYS * 365.25 / 200 * 1000,
        a.crimeRate(2, 200), 1e-12);
    assertTrue(Double.isNaN(a.crimeRate(2, 0)));
  }

  @Test
  void marksFadeAndAreForgottenAfterTheirDays() {
    RecentMarks m = new RecentMarks();
    m.add(event(10, Kind.OFFENCE, 1, 0));
    m.add(event(12, Kind.COLLATERAL_ARREST, 2, 0));
    m.add(event(12, Kind.BOOKING, 3, 0));
    m.add(event(12, Kind.AT_LARGE_OPERATION, 3, -1));
    assertEquals(2, m.visible().size(), "bookings and placeless events leave no mark");
    m.prune(10 + RecentMarks.FADE_DAYS + 0.5);
    assertEquals(List.of(Kind.COLLATERAL_ARREST), m.visible().stream().map(ModelEvent::kind)
        .toList());
    assertEquals(1, RecentMarks.strength(12, 12));
    assertEquals(0.5, RecentMarks.strength(12, 12 + RecentMarks.FADE_DAYS / 2), 1e-12);
    assertEquals(0, RecentMarks.strength(12, 30));
  }

  @Test
  void talliesCountOnlyTheRecordedPeriod() {
    GuiTallies t = new GuiTallies(100);
    t.count(event(99, Kind.OFFENCE, 1, 0), org.releasesim.model.OffenderStatus.NEVER_BOOKED);
    t.count(event(101, Kind.OFFENCE, 1, 0), org.releasesim.model.OffenderStatus.NEVER_BOOKED);
    t.count(event(102, Kind.AT_LARGE_OPERATION, 1, 0), null);
    t.count(event(103, Kind.COLLATERAL_ARREST, 2, 0), null);
    assertEquals(1, t.offences());
    assertEquals(1, t.operations());
    assertEquals(1, t.collateralArrests());
  }

  @Test
  void aWatchedRunKeepsHistoriesThatMatchThePersonsRecord() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=0.5"));
    Population pop = run.sim().population();
    int[] bookedBefore = new int[pop.size()];
    for (int p = 0; p < bookedBefore.length; p++) {
      bookedBefore[p] = pop.bookings(p);
    }
    while (run.stepDay()) {
      // run to the end
    }
    int checked = 0;
    for (int p = 0; p < bookedBefore.length; p++) {
      java.util.List<org.releasesim.model.ModelEvent> history = run.events().histories().of(p);
      if (history.stream().anyMatch(e -> e.kind() == Kind.DEPARTURE)) {
        continue; // a new occupant took the record over: its history starts at the departure
      }
      long booked = history.stream().filter(e -> e.kind() == Kind.BOOKING).count();
      assertEquals(pop.bookings(p) - bookedBefore[p], booked, "person " + p);
      checked += booked > 0 ? 1 : 0;
    }
    assertTrue(checked > 10, "bookings happened");
    int someone = java.util.stream.IntStream.range(0, pop.size())
        .filter(p -> pop.bookings(p) > bookedBefore[p]).findFirst().orElseThrow();
    String page = PersonReport.text(run, someone);
    assertTrue(page.contains("Lifetime bookings: " + pop.bookings(someone)), page);
    assertTrue(page.contains("booking"), page);
  }
}
