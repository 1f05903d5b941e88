package org.releasesim.experiment.sweep;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out seeds in run order so that distinct (stream, replicate) keys always get distinct
 * seeds. A key seen before gets its earlier seed back (that is how paired designs share a
 * replicate's seed). When a new key's hash collides with a seed already given out, the next
 * attempt of {@link SeedSequence#seed} is tried, then the next, and so on: the outcome depends
 * only on the keys and their order, so it is the same on every machine and thread count, and
 * appending replicates (adaptive replications) never changes an earlier seed.
 *
 * <p>Mutable: use one assigner per plan, from one thread.
 */
public final class SeedAssigner {
  private final SeedSequence sequence;
  private final Map<Key, Integer> byKey = new HashMap<>();
  private final Map<Integer, Key> bySeed = new HashMap<>();

  public SeedAssigner(long master) {
    this.sequence = new SeedSequence(master);
  }

  /**
   * The seed of {@code (stream, replicate)}.
   *
   * @param stream a design point, or {@link SeedSequence#SHARED} in a paired design
   */
  public int seed(long stream, long replicate) {
    Key key = new Key(stream, replicate);
    Integer known = byKey.get(key);
    if (known != null) {
      return known;
    }
    for (int attempt = 0; ; attempt++) {
      int seed = sequence.seed(stream, replicate, attempt);
      if (!bySeed.containsKey(seed)) {
        byKey.put(key, seed);
        bySeed.put(seed, key);
        return seed;
      }
    }
  }

  private record Key(long stream, long replicate) {}
}
