package org.releasesim.model.random;

/**
 * Independent random streams, one per person, derived from (master seed, person id). Each stream
 * is SplitMix64 (Steele, Lea & Flood 2014) seeded by a mix of the key and the id, and needs only a
 * 4-byte draw counter per person, so a million persons cost 4 MB instead of the 2.5 GB that a
 * Mersenne Twister each would. The counters live in a {@link DrawCounters}: the model keeps them in
 * each person's record. Because a person's k-th draw depends only on (seed, id, k), two runs
 * that differ only in policy see the same person make the same choices until the policy makes
 * their paths differ: the basis of paired (common random numbers) comparisons.
 */
public final class PersonStreams implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final long ID_MULTIPLIER = 0xD1B54A32D192ED03L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private final long key;
  private final DrawCounters counters;

  /**
   * Streams whose counters are kept in an array of their own.
   *
   * @param masterSeed the run's master seed
   * @param capacity persons expected; the table grows when more are added
   */
  public PersonStreams(long masterSeed, int capacity) {
    this(masterSeed, DrawCounters.inArray(capacity));
  }

  /**
   * @param masterSeed the run's master seed
   * @param counters where each person's draw count is kept
   */
  public PersonStreams(long masterSeed, DrawCounters counters) {
    this.key = mix64(masterSeed ^ 0x5DEECE66DL);
    this.counters = counters;
  }

  /** Make room for person ids below {@code capacity}. */
  public void ensureCapacity(int capacity) {
    counters.ensureCapacity(capacity);
  }

  /** The next 64 random bits of a person's stream. */
  public long nextLong(int person) {
    long streamSeed = mix64(key ^ (person * ID_MULTIPLIER));
    int k = counters.increment(person);
    return mix64(streamSeed + k * GOLDEN_GAMMA);
  }

  /** A uniform double in [0, 1). */
  public double nextDouble(int person) {
    return (nextLong(person) >>> 11) * DOUBLE_UNIT;
  }

  /** True with probability {@code p}. */
  public boolean chance(int person, double p) {
    return nextDouble(person) < p;
  }

  /** A uniform int in [0, bound). */
  public int nextInt(int person, int bound) {
    return (int) ((nextLong(person) >>> 33) * bound >>> 31);
  }

  /** An exponential variate with the given mean. */
  public double exponential(int person, double mean) {
    // 1 - u is exact for a 53-bit u, and Math.log is an intrinsic where log1p is not
    return -mean * Math.log(1.0 - nextDouble(person));
  }

  /** Draws used so far by a person (for tests and checkpoints). */
  public int drawsUsed(int person) {
    return counters.get(person);
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as used by SplitMix64. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
