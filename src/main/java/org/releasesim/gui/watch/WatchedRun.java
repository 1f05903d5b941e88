package org.releasesim.gui.watch;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.param.ScenarioParams;

/**
 * A {@link ReleaseSim} as the GUI watches it, without any Swing: stepped one day at a time, its
 * events and series recorded for the map and charts, a census taken at the end of each day, and
 * the policy switches made by hand. The GUI state drives this object; the tests drive it
 * directly to check that watching changes nothing.
 */
public final class WatchedRun {
  /** Largest population drawn person by person (and whose histories are kept). */
  static final int DRAW_LIMIT = 20_000;

  private final ReleaseSim sim;
  private final DaySchedule schedule = new DaySchedule();
  private final List<PolicySwitch> switches = new ArrayList<>();
  private DayClock clock;
  private double reached;
  private MapLayout layout;
  private PersonCensus census;
  private EventLog events;
  private ChartFeed charts;
  private HeadlineFeed headlines;

  public WatchedRun(ScenarioParams params) {
    sim = new ReleaseSim(params, null);
    // same schedule behaviour, plus a look at the next event time (see DaySchedule)
    sim.schedule = schedule;
  }

  /**
   * Call right after {@code sim().start()}: sets up the recorders for the new population and
   * attaches them to the model.
   */
  public void attach() {
    clock = DayClock.of(sim.params().time());
    schedule.showDaysOf(clock);
    reached = 0;
    layout = MapLayout.of(sim.jurisdictions());
    census = new PersonCensus(layout.tractOwners(), layout.jurisdictions());
    census.take(sim.population());
    events = new EventLog(sim.population(), layout.tracts(), clock.warmupDays(), drawsPersons());
    charts = new ChartFeed();
    headlines = new HeadlineFeed();
    switches.clear();
    sim.setEventListener(events);
    ChartFeed chartFeed = charts;
    HeadlineFeed headlineFeed = headlines;
    sim.setSink(p -> {
      chartFeed.accept(p);
      headlineFeed.accept(p);
    });
  }

  /** Stops watching (the run ended or was stopped). */
  public void detach() {
    sim.setEventListener(null);
    sim.setSink(null);
  }

  /**
   * Fires every event up to and including the next day boundary, then brings the displays'
   * data up to date.
   *
   * @return false once the horizon has been reached
   */
  public boolean stepDay() {
    if (clock.atEnd(reached)) {
      return false;
    }
    double target = clock.nextBoundary(reached);
    while (schedule.nextEventTime() <= target && sim.advance()) {
      // each call fires the events of the next instant
    }
    double days = target - reached;
    reached = target;
    events.dayPassed(days, target);
    charts.flush();
    headlines.flush();
    census.take(sim.population());
    return !clock.atEnd(reached);
  }

  /**
   * Switches a jurisdiction's policy from now on and records the switch.
   *
   * @param policy the name of a policy the scenario knows
   * @throws IllegalArgumentException naming the allowed policies, if it knows none of that name
   */
  public void switchPolicy(int jurisdiction, String policy) {
    sim.switchPolicy(jurisdiction, policy);
    switches.add(new PolicySwitch(clock.recordedDay(reached), sim.schedule.getTime(),
        sim.jurisdictionNames().get(jurisdiction), policy));
  }

  /** Whether persons are drawn one by one (else counted per tract). */
  public boolean drawsPersons() {
    return sim.population().size() <= DRAW_LIMIT;
  }

  public ReleaseSim sim() {
    return sim;
  }

  public DayClock clock() {
    return clock;
  }

  /** The last day boundary reached (schedule time). */
  public double reached() {
    return reached;
  }

  /** "day 365 (year 1)" and the like. */
  public String dayLabel() {
    return clock.label(reached);
  }

  public MapLayout layout() {
    return layout;
  }

  public PersonCensus census() {
    return census;
  }

  public EventLog events() {
    return events;
  }

  public ChartFeed charts() {
    return charts;
  }

  /** The headline outcomes, for the side-by-side view. */
  public HeadlineFeed headlines() {
    return headlines;
  }

  public List<PolicySwitch> switches() {
    return List.copyOf(switches);
  }
}
