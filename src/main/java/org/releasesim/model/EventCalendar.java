package org.releasesim.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Keeps MASON's schedule small. A person's next offence is often years away; millions of such
 * far-off events in the schedule's heap make every insertion and removal a walk through memory
 * the processor cannot cache. Events more than one {@link #WINDOW_DAYS}-day window ahead wait
 * here instead, in compact per-window arrays, and are handed to the schedule one window before
 * they are due. Order and timing of events are unchanged: every event still fires through the
 * schedule at its own time.
 */
final class EventCalendar implements Steppable {
  private static final long serialVersionUID = 1L;
  /** Width of one window, in days. */
  static final double WINDOW_DAYS = 32;

  private final ReleaseSim sim;
  private final Window[] windows;
  private double releasedUntil = WINDOW_DAYS;

  EventCalendar(ReleaseSim sim, double endDay) {
    this.sim = sim;
    this.windows = new Window[(int) Math.ceil(endDay / WINDOW_DAYS) + 2];
  }

  /** Starts handing windows to the schedule: at day k x window, window k + 1 goes in. */
  void start() {
    sim.schedule.scheduleRepeating(0.0, Orderings.PERSONS, this, WINDOW_DAYS);
  }

  /** Schedules an event now if it is due soon, else keeps it until its window comes. */
  void add(double time, PersonEvent e) {
    if (time < releasedUntil) {
      sim.schedule.scheduleOnce(time, Orderings.PERSONS, e);
      return;
    }
    int w = (int) (time / WINDOW_DAYS);
    if (windows[w] == null) {
      windows[w] = new Window();
    }
    windows[w].add(time, e);
  }

  @Override
  public void step(SimState state) {
    int w = (int) Math.round(releasedUntil / WINDOW_DAYS);
    releasedUntil += WINDOW_DAYS;
    if (w < windows.length && windows[w] != null) {
      windows[w].release(sim);
      windows[w] = null;
    }
  }

  /** Events due in one window, as parallel arrays (about 20 bytes an event). */
  private static final class Window implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private double[] times = new double[16];
    private int[] persons = new int[16];
    private int[] versions = new int[16];
    private byte[] kinds = new byte[16];
    private byte[] types = new byte[16];
    private byte[] places = new byte[16];
    private int size;

    void add(double time, PersonEvent e) {
      if (size == times.length) {
        int n = size * 2;
        times = Arrays.copyOf(times, n);
        persons = Arrays.copyOf(persons, n);
        versions = Arrays.copyOf(versions, n);
        kinds = Arrays.copyOf(kinds, n);
        types = Arrays.copyOf(types, n);
        places = Arrays.copyOf(places, n);
      }
      times[size] = time;
      persons[size] = e.person;
      versions[size] = e.version;
      kinds[size] = (byte) e.kind.ordinal();
      types[size] = e.crimeType;
      places[size] = e.jurisdiction;
      size++;
    }

    void release(ReleaseSim sim) {
      PersonEvent.Kind[] kindValues = PersonEvent.Kind.values();
      for (int i = 0; i < size; i++) {
        if (versions[i] == sim.population().version(persons[i])) {
          sim.schedule.scheduleOnce(times[i], Orderings.PERSONS, new PersonEvent(persons[i],
              versions[i], kindValues[kinds[i]], types[i], places[i]));
        }
      }
    }
  }
}
