package org.releasesim.experiment.sweep;

/**
 * The hash that turns a sweep's master seed and a run's place in the design into the run's seed,
 * so that every run can be repeated on its own from {@code (scenario, seed)}, and a sweep split
 * over machines or resumed after a crash draws exactly the same seeds.
 *
 * <p>The hash is the finaliser of SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable
 * pseudorandom number generators", OOPSLA), a bijection on 64-bit words whose outputs for
 * consecutive inputs are statistically independent:
 * <pre>
 *   h0 = mix(master)
 *   h1 = mix(h0 + GOLDEN * (stream + 2))        stream = design point, or -1 when paired
 *   h2 = mix(h1 + GOLDEN * (replicate + 1))
 *   h  = mix(h2 + GOLDEN * attempt)             attempt = 0, 1, ... (see SeedAssigner)
 *   seed = h >>> 33                             a non-negative 31-bit int
 * </pre>
 * MASON's {@code SimState} keeps seeds as 32-bit ints, and scenario files accept 0 to 2^31-1,
 * hence the top 31 bits. {@link SeedAssigner} resolves the rare collisions.
 */
public final class SeedSequence {
  /** The stream of paired designs: every point of a replicate shares the replicate's seed. */
  public static final long SHARED = -1;
  /** 2^64 / golden ratio, SplitMix64's increment. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final long master;

  public SeedSequence(long master) {
    this.master = master;
  }

  /** The seed of one run before collisions are resolved, at a given attempt. */
  public int seed(long stream, long replicate, int attempt) {
    long h = mix(mix(mix(master) + GOLDEN * (stream + 2)) + GOLDEN * (replicate + 1));
    return (int) (mix(h + GOLDEN * attempt) >>> 33);
  }

  /** A 64-bit seed for the design's own sampling (Latin hypercube, Morris, bootstrap). */
  public long auxiliary(String purpose) {
    return mix(mix(master) ^ purpose.hashCode());
  }

  /** The SplitMix64 finaliser (Stafford's variant 13). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
