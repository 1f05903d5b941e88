package org.releasesim.model.random;

/**
 * Where {@link PersonStreams} keeps each person's draw count. The model keeps it inside the
 * person's own record, so that a person's event reads one stretch of memory instead of one more
 * array; tests and stand-alone uses keep it in an array of its own.
 */
public interface DrawCounters {
  /** Adds one to the person's count and returns the new count. */
  int increment(int person);

  /** Draws the person has used so far. */
  int get(int person);

  /** Makes room for person ids below {@code capacity}. */
  void ensureCapacity(int capacity);

  /** Counters in an array of their own, growing as persons are added. */
  static DrawCounters inArray(int capacity) {
    return new ArrayDrawCounters(capacity);
  }
}
