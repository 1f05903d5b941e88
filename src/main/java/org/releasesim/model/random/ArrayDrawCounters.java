package org.releasesim.model.random;

import java.util.Arrays;

/** Draw counters in an int array of their own. */
final class ArrayDrawCounters implements DrawCounters, java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private int[] counts;

  ArrayDrawCounters(int capacity) {
    counts = new int[Math.max(1, capacity)];
  }

  @Override
  public int increment(int person) {
    return ++counts[person];
  }

  @Override
  public int get(int person) {
    return counts[person];
  }

  @Override
  public void ensureCapacity(int capacity) {
    if (capacity > counts.length) {
      counts = Arrays.copyOf(counts, Math.max(capacity, counts.length + counts.length / 2));
    }
  }
}
