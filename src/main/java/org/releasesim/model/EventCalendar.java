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
 * schedule at its own time, and a stale one (its person's custody changed since) is dropped when
 * it fires, as it would be had it waited in the schedule; checking at hand-over instead would
 * read every person's record one more time, at random, for the few events it would save.
 */
final class EventCalendar implements Steppable {
  private static final long serialVersionUID = 1L;
  /**
   * Width of one window, in days. Narrower windows keep the schedule's heap smaller (at a
   * million residents about 3,800 pending events at 4 days against 19,000 at 32) at the cost of
   * more, smaller windows; of 4, 8, 16 and 32 days, 4 ran fastest on a million residents.
   */
  static final double WINDOW_DAYS = 4;

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

  /** Schedules a person's event now if it is due soon, else keeps it until its window comes. */
  void add(double time, int person, int version, PersonEvent.Kind kind, int crimeType,
      int place) {
    if (time < releasedUntil) {
      sim.schedule.scheduleOnce(time, Orderings.PERSONS,
          new PersonEvent(time, person, version, kind, crimeType, place));
      return;
    }
    int w = (int) (time / WINDOW_DAYS);
    if (windows[w] == null) {
      windows[w] = new Window();
    }
    windows[w].add(time, person, version, kind, crimeType, place);
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

  /**
   * Events due in one window, each as three consecutive longs (time; person and version; kind,
   * crime type and place), so that adding an event writes one stretch of memory.
   */
  private static final class Window implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int STRIDE = 3;
    /** Written by {@link #writeObject}: only the events, not the room to grow. */
    private transient long[] events = new long[16 * STRIDE];
    private int size;

    void add(double time, int person, int version, PersonEvent.Kind kind, int crimeType,
        int place) {
      int i = size * STRIDE;
      if (i == events.length) {
        events = Arrays.copyOf(events, events.length * 2);
      }
      events[i] = Double.doubleToRawLongBits(time);
      events[i + 1] = (long) person << 32 | (version & 0xFFFF_FFFFL);
      events[i + 2] = kind.ordinal() | (crimeType & 0xFF) << 8 | (place & 0xFF) << 16;
      size++;
    }

    /**
     * Writes the events, not the room to grow (a quarter of the array on average, after
     * doubling): a checkpoint costs what it writes.
     */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
      out.defaultWriteObject();
      out.writeInt(events.length);
      for (int i = 0; i < size * STRIDE; i++) {
        out.writeLong(events[i]);
      }
    }

    private void readObject(java.io.ObjectInputStream in)
        throws java.io.IOException, ClassNotFoundException {
      in.defaultReadObject();
      events = new long[in.readInt()];
      for (int i = 0; i < size * STRIDE; i++) {
        events[i] = in.readLong();
      }
    }

    void release(ReleaseSim sim) {
      PersonEvent.Kind[] kindValues = PersonEvent.Kind.values();
      for (int i = 0; i < size * STRIDE; i += STRIDE) {
        int packed = (int) events[i + 2];
        double time = Double.longBitsToDouble(events[i]);
        sim.schedule.scheduleOnce(time, Orderings.PERSONS,
            new PersonEvent(time, (int) (events[i + 1] >>> 32), (int) events[i + 1],
                kindValues[packed & 0xFF], (byte) (packed >>> 8), (byte) (packed >>> 16)));
      }
    }
  }
}
