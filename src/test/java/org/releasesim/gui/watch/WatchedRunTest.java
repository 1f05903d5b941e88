package org.releasesim.gui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.RunDriver;
import org.releasesim.model.metrics.Summaries;
import org.releasesim.model.metrics.SummaryRow;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.ScenarioParams;

class WatchedRunTest {
  @Test
  void eachStepFiresExactlyTheEventsUpToTheNextDayBoundary() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=0.5"));
    DaySchedule schedule = (DaySchedule) run.sim().schedule;
    int steps = 0;
    boolean more = true;
    while (more) {
      double target = run.clock().nextBoundary(run.reached());
      more = run.stepDay();
      steps++;
      assertEquals(target, run.reached(), 0);
      assertTrue(run.sim().schedule.getTime() <= target, "no event after the boundary fired");
      assertTrue(!more || schedule.nextEventTime() > target, "every event up to it fired");
    }
    assertEquals(run.clock().stepsUntil(0, Integer.MAX_VALUE / 2), steps);
    assertFalse(run.stepDay(), "nothing after the horizon");
  }

  /**
   * The Console's clock reads MASON's schedule timestamp: it must show the day as the map does,
   * counted from the end of the warm-up, not raw schedule time from the start of the warm-up.
   */
  @Test
  void theConsoleClockShowsTheDayAsTheMapDoes() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=2"));
    DaySchedule schedule = (DaySchedule) run.sim().schedule;
    double warmup = run.clock().warmupDays();
    for (int day = 0; day < 500; day++) {
      run.stepDay();
    }
    String shown = schedule.getTimestamp(run.reached(), "At Start", "At End");
    assertEquals(run.clock().label(run.reached()), shown);
    int expectedDay = (int) Math.round(run.reached() - warmup);
    assertTrue(shown.startsWith("day " + expectedDay + " ") || shown.startsWith("warm-up"),
        shown + " at schedule time " + run.reached());
    assertFalse(shown.contains("."), "no raw schedule time: " + shown);
    assertEquals("At Start", schedule.getTimestamp(sim.engine.Schedule.BEFORE_SIMULATION,
        "At Start", "At End"));
  }

  @Test
  void watchingARunChangesNoNumberOfItsSummary() {
    ScenarioParams params = GuiScenarios.smallTeaching("time.years=2");
    List<SummaryRow> headless = RunDriver.run(params, false, (t, end, warmup) -> { }).summary();
    WatchedRun run = GuiScenarios.started(params);
    while (run.stepDay()) {
      // a day at a time, as the Console steps
    }
    run.sim().finish();
    List<SummaryRow> watched = new Summaries(run.sim().metrics(),
        params.time().recordedDays()).rows();
    assertEquals(headless, watched);
  }

  @Test
  void countsShownEqualTheModelsCountersThroughoutARun() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=1"));
    int checked = 0;
    while (run.stepDay()) {
      // the model's flows count the warm-up until it ends; the GUI's totals start with recording
      int day = run.clock().recordedDay(run.reached());
      if (day >= 0 && day % 50 == 0) {
        DisplayedCounts counts = DisplayedCounts.of(run);
        assertEquals(counts.model(), counts.shown(), run.dayLabel());
        checked++;
      }
    }
    assertTrue(checked >= 7, "checked " + checked + " times");
    assertTrue(run.events().tallies().offences() > 100, "crimes were counted");
  }

  @Test
  void aPolicySwitchActsOnTheModelAndIsRecorded() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=1"));
    for (int d = 0; d < 400; d++) {
      run.stepDay();
    }
    run.switchPolicy(0, BundledPolicy.HONOR_DETAINERS.name());
    run.stepDay();
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), run.sim().jurisdictions().get(0)
        .policyTimeline().policyAt(run.sim().schedule.getTime()).name());
    PolicySwitch s = run.switches().get(0);
    assertEquals("Teaching Town", s.jurisdiction());
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), s.policy());
    assertEquals(400 - 366, s.day());
  }
}
