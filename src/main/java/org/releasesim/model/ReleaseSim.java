package org.releasesim.model;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.metrics.Metrics;
import org.releasesim.model.metrics.SeriesSink;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.random.PersonRandom;
import org.releasesim.model.random.PersonStreams;
import org.releasesim.model.random.RunRandom;
import sim.engine.SimState;

/**
 * The model: a MASON {@link SimState} holding the population, the jurisdictions, and the processes
 * that act on them. Time is in days; the warm-up runs from day 0 and recording starts after it.
 * Persons schedule their own next events; nothing loops over all persons during the run.
 */
public class ReleaseSim extends SimState {
  private static final long serialVersionUID = 1L;

  private ScenarioParams params;
  private List<String> jurisdictionNames;
  private transient SeriesSink sink;
  private Population population;
  private PersonStreams streams;
  private transient PersonRandom personRandom;
  private transient RunRandom runRandom;
  private Jurisdiction[] jurisdictions;
  private int[] tractOwner;
  private Metrics metrics;
  private Ledger ledger;
  private Offending offending;
  private Courts courts;
  private JailRelease jailRelease;
  private IceCustody iceCustody;
  private PretrialDeparture pretrialDeparture;
  private Turnover turnover;
  private Deterrence deterrence;
  private EventCalendar calendar;
  /** The process that handles each kind of person event, by the kind's ordinal. */
  private PersonEventHandler[] handlers;
  /** The handler of {@link PersonEvent.Kind#OFFENCE}, also in {@link #handlers}. */
  private PersonEventHandler offenceHandler;
  private long eventsForRemoved;
  private long personEvents;
  private long staleEvents;
  private long intervalsClosed;
  private transient ModelEvent.Listener eventListener;

  /**
   * @param params the scenario
   * @param sink receives the time series as it is produced; null to keep only totals
   */
  public ReleaseSim(ScenarioParams params, SeriesSink sink) {
    super(params.seed(), new ModelSchedule());
    this.params = params;
    this.sink = sink;
    this.jurisdictionNames = params.jurisdictions().stream().map(j -> j.name()).toList();
  }

  @Override
  public void start() {
    // every start replays the scenario's seed, whatever a controller did to the generator
    setSeed(params.seed());
    super.start();
    TimeParams time = params.time();
    int capacity = (int) Math.min(Integer.MAX_VALUE - 16, params.totalPopulation() + 16);
    population = new Population(capacity,
        params.jurisdictions().stream().mapToInt(j -> j.tractCount()).sum());
    streams = new PersonStreams(params.seed(), population);
    personRandom = null;
    runRandom = null;
    metrics = new Metrics(jurisdictionNames);
    calendar = new EventCalendar(this, time.endDay());
    calendar.start();
    handlers = new PersonEventHandler[PersonEvent.Kind.values().length];
    ledger = new Ledger();
    turnover = new Turnover(this);
    PopulationBuilder builder = new PopulationBuilder(this);
    jurisdictions = builder.build();
    tractOwner = builder.tractOwners();
    deterrence = new Deterrence(this);
    offending = new Offending(this);
    courts = new Courts(this);
    jailRelease = new JailRelease(this);
    iceCustody = new IceCustody(this);
    pretrialDeparture = new PretrialDeparture(this);
    for (PersonEvent.Kind kind : PersonEvent.Kind.values()) {
      if (handlers[kind.ordinal()] == null) {
        throw new IllegalStateException("no process handles " + kind + " events");
      }
    }
    for (Jurisdiction j : jurisdictions) {
      j.setIceOffice(new IceFieldOffice(this, j));
      CommunityOperations.start(this, j);
    }
    for (int p = 0; p < population.size(); p++) {
      turnover.scheduleDeath(p, 0);
      offending.scheduleNext(p, 0);
    }
    new Observer(this).schedule(time);
    DailyUpdate.schedule(this);
  }

  /** Runs the whole horizon headless; returns when the last output interval is recorded. */
  public void runToEnd() {
    start();
    while (advance()) {
      // each call fires the events of the next instant
    }
    finish();
  }

  /** Fires the events of the next instant; false once the horizon has been reached. */
  public boolean advance() {
    return schedule.getTime() < params.time().endDay() && schedule.step(this);
  }

  /** Dispatches a person's event to the process it belongs to, unless it has gone stale. */
  void handle(PersonEvent e) {
    personEvents++;
    if (e.version != population.version(e.person) && !e.kind.ignoresVersion()) {
      staleEvents++;
      return;
    }
    if (population.state(e.person) == PersonState.REMOVED && e.kind != PersonEvent.Kind.REENTRY
        && e.kind != PersonEvent.Kind.DEATH) {
      eventsForRemoved++;
    }
    if (e.kind == PersonEvent.Kind.OFFENCE) {
      // most events are offences: a call site of their own lets the JIT inline their handler
      offenceHandler.handle(e, e.time);
    } else {
      handlers[e.kind.ordinal()].handle(e, e.time);
    }
  }

  /** A process takes charge of the person events of these kinds (one process per kind). */
  void register(PersonEventHandler handler, PersonEvent.Kind... kinds) {
    for (PersonEvent.Kind kind : kinds) {
      if (handlers[kind.ordinal()] != null) {
        throw new IllegalStateException(kind + " events already have a handler");
      }
      handlers[kind.ordinal()] = handler;
      if (kind == PersonEvent.Kind.OFFENCE) {
        offenceHandler = handler;
      }
    }
  }

  /** Schedules a person's event at {@code time} (dropped if beyond the horizon). */
  void schedulePerson(int person, PersonEvent.Kind kind, double time, int crimeType,
      int jurisdiction) {
    if (time <= params.time().endDay()) {
      calendar.add(time, person, population.version(person), kind, crimeType, jurisdiction);
    }
  }

  void schedulePerson(int person, PersonEvent.Kind kind, double time) {
    schedulePerson(person, kind, time, 0, 0);
  }

  /**
   * Moves a person to a new state, keeping every count in step: jail stocks, residents, ICE
   * custody; and invalidates the person's pending events.
   */
  void moveTo(int p, PersonState to, int jailIndex, double now) {
    PersonState from = population.state(p);
    Jurisdiction home = homeOf(p);
    if (from.inJail()) {
      jurisdictions[population.jail(p)].jail().leave(from, now);
    }
    if (to.inJail()) {
      population.setJail(p, jailIndex);
      jurisdictions[jailIndex].jail().enter(to, now);
    }
    if (livesInCounty(from) != livesInCounty(to)) {
      home.changePopulation(population.groupIndex(p), livesInCounty(to) ? 1 : -1);
    }
    if ((from == PersonState.ICE_CUSTODY) != (to == PersonState.ICE_CUSTODY)) {
      home.iceCustody().change(to == PersonState.ICE_CUSTODY ? 1 : -1, now);
    }
    population.setState(p, to);
    population.bumpVersion(p);
    ledger.record(from, to);
  }

  private static boolean livesInCounty(PersonState s) {
    return s == PersonState.COMMUNITY || s.inJail();
  }

  /** The jurisdiction a person lives in. */
  Jurisdiction homeOf(int p) {
    return jurisdictions[tractOwner[population.tract(p)]];
  }

  /** The jurisdiction that owns a global tract index. */
  Jurisdiction ownerOf(int globalTract) {
    return jurisdictions[tractOwner[globalTract]];
  }

  /** Output intervals closed so far (the observer counts them). */
  public long intervalsClosed() {
    return intervalsClosed;
  }

  void intervalClosed() {
    intervalsClosed++;
  }

  /**
   * Events pending in MASON's schedule now: the depth of its heap (far-off events waiting in the
   * event calendar are not counted).
   */
  public int pendingEvents() {
    return ((ModelSchedule) schedule).pendingEvents();
  }

  /** Person events fired so far, stale ones included: the model's unit of work. */
  public long personEvents() {
    return personEvents;
  }

  /**
   * Person events that found their person's custody changed since they were scheduled, and so
   * did nothing (included in {@link #personEvents()}).
   */
  public long staleEvents() {
    return staleEvents;
  }

  /** Events other than re-entry that reached a removed person: must stay 0 (stale-event check). */
  public long eventsForRemovedPersons() {
    return eventsForRemoved;
  }

  public ScenarioParams params() {
    return params;
  }

  public Population population() {
    return population;
  }

  PersonStreams streams() {
    return streams;
  }

  PersonRandom personRandom(int person) {
    if (personRandom == null) {
      personRandom = new PersonRandom(streams);
    }
    return personRandom.of(person);
  }

  /** commons-math adapter over MASON's generator (rebuilt after a checkpoint is read). */
  RunRandom runRandom() {
    if (runRandom == null) {
      runRandom = new RunRandom(random);
    }
    return runRandom;
  }

  public List<Jurisdiction> jurisdictions() {
    return List.of(jurisdictions);
  }

  Jurisdiction jurisdiction(int index) {
    return jurisdictions[index];
  }

  int jurisdictionCount() {
    return jurisdictions.length;
  }

  public Metrics metrics() {
    return metrics;
  }

  /** Lifetime flow counts between states, for conservation checks. */
  public Ledger ledger() {
    return ledger;
  }

  Offending offending() {
    return offending;
  }

  Courts courts() {
    return courts;
  }

  JailRelease jailRelease() {
    return jailRelease;
  }

  IceCustody iceCustody() {
    return iceCustody;
  }

  PretrialDeparture pretrialDeparture() {
    return pretrialDeparture;
  }

  Turnover turnover() {
    return turnover;
  }

  Deterrence deterrence() {
    return deterrence;
  }

  SeriesSink sink() {
    return sink;
  }

  /** Replace the series sink (the GUI attaches its live charts). */
  public void setSink(SeriesSink sink) {
    this.sink = sink;
  }

  /** Schedule day at which recording starts. */
  public double warmupEnd() {
    return params.time().warmupDays();
  }

  /**
   * Replaces the scenario between runs (the GUI edits parameters before start); the next
   * {@link #start()} rebuilds everything from it, seeded by its seed.
   */
  public void setParams(ScenarioParams newParams) {
    this.params = newParams;
    this.jurisdictionNames = newParams.jurisdictions().stream().map(j -> j.name()).toList();
    setSeed(newParams.seed());
  }

  /** Attach a listener for person-level events (GUI, histories); null to detach. */
  public void setEventListener(ModelEvent.Listener listener) {
    this.eventListener = listener;
  }

  /** Whether a listener receives person-level events (so their details are worth writing). */
  boolean isWatched() {
    return eventListener != null;
  }

  /** Tells the listener, if any, that something happened. */
  void tell(ModelEvent.Kind kind, int person, int jurisdiction, int tract, String detail) {
    if (eventListener != null) {
      eventListener.happened(new ModelEvent(schedule.getTime(), kind, person, jurisdiction,
          tract, detail));
    }
  }

  /**
   * Switch a jurisdiction's policy from now on (GUI); recorded by the caller.
   *
   * @param policy the name of a policy the scenario knows
   * @throws IllegalArgumentException naming the allowed policies, if it knows none of that name
   */
  public void switchPolicy(int jurisdiction, String policy) {
    jurisdictions[jurisdiction].policyTimeline().override(params.policy(policy),
        schedule.getTime());
  }

  /** Names of the jurisdictions, in scenario order. */
  public List<String> jurisdictionNames() {
    return new ArrayList<>(jurisdictionNames);
  }
}
