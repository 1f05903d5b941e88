package org.releasesim.experiment.sweep;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.design.FactorialDesign;
import org.releasesim.experiment.design.MorrisDesign;
import org.releasesim.experiment.design.SaltelliDesign;

/**
 * How large a sweep's plan is, counted from the design's parameters before any point is built:
 * a factorial of forty two-level factors, or a Sobol design of a million samples, would exhaust
 * the heap (or take minutes) while being built, long before a limit on the built design could
 * refuse it. The plan holds every point and every run's seed, so its heap grows with both.
 *
 * @param points design points (exact, however large)
 * @param replications replicates per point
 * @param factors factors, each a value of every point
 * @param formula how the points are counted, in the sweep file's terms
 * @param smaller what in the sweep file makes the design smaller
 */
record SweepSize(BigInteger points, int replications, int factors, String formula,
    String smaller) {
  /**
   * Peak heap per planned run, in bytes: its seed in the plan's list and in the seed assigner's
   * two maps while seeds are handed out (2,000,000 runs of 20 points planned in 400 MB of heap
   * but not in 300 MB).
   */
  static final long BYTES_PER_RUN = 250;
  /**
   * Heap per design point besides its values (the point and its list), in bytes; with
   * {@link #BYTES_PER_VALUE} it matches the measured 770 bytes per point of a 10-factor Latin
   * hypercube.
   */
  static final long BYTES_PER_POINT = 120;
  /** Heap per value of a point, in bytes (a sampled value is a string of its own). */
  static final long BYTES_PER_VALUE = 64;

  /** The size of a design over resolved factors. */
  static SweepSize of(DesignSpec design, List<Factor> factors, int replications) {
    int k = factors.size();
    return switch (design.type()) {
      case "factorial" -> new SweepSize(FactorialDesign.pointCount(factors), replications, k,
          levelProduct(factors), "give the factors fewer values");
      case "sobol" -> new SweepSize(SaltelliDesign.pointCount(k, design.samples()),
          replications, k, "design.samples N (k + 2) = " + design.samples() + " x " + (k + 2),
          "lower design.samples");
      case "morris" -> new SweepSize(MorrisDesign.pointCount(k, design.trajectories()),
          replications, k, "design.trajectories r (k + 1) = " + design.trajectories() + " x "
              + (k + 1), "lower design.trajectories");
      case "latin-hypercube" -> new SweepSize(BigInteger.valueOf(design.samples()),
          replications, k, "design.samples", "lower design.samples");
      case "points" -> new SweepSize(BigInteger.valueOf(design.rows().size()), replications, k,
          "the points listed", "list fewer points");
      default -> throw new IllegalStateException("unknown design " + design.type());
    };
  }

  BigInteger runs() {
    return points.multiply(BigInteger.valueOf(replications));
  }

  /**
   * Refuses a plan over {@code maxRuns} runs, or one whose points and seeds would not fit in
   * {@code maxHeap} bytes, naming the count, the limit and what to change.
   *
   * @param where the design's file and line
   */
  void check(String where, long maxRuns, long maxHeap) {
    String change = smaller + ", lower replications (now " + replications + ")";
    if (runs().compareTo(BigInteger.valueOf(maxRuns)) > 0) {
      throw new SweepException(String.format(Locale.ROOT, "%s: the sweep plans %,d runs, %,d"
          + " points (%s) x %,d %s; at most %,d runs are allowed in one sweep: %s, or split"
          + " the sweep into several.", where, runs(), points, formula, replications,
          replicates(), maxRuns, change));
    }
    long bytes = bytesToPlan();
    if (bytes > maxHeap) {
      throw new SweepException(String.format(Locale.ROOT, "%s: planning the sweep's %,d runs"
          + " (%,d points of %d factor%s x %,d %s) needs about %.1f GB of heap, and this Java"
          + " process may use %.1f GB: %s, or run it with more memory, such as"
          + " RELEASE_SIM_JAVA_OPTS=%s.", where, runs(), points, factors,
          factors == 1 ? "" : "s", replications, replicates(), bytes / 1e9, maxHeap / 1e9,
          change, MemoryEstimate.suggestedXmx(bytes)));
    }
  }

  /** Heap the plan needs, in bytes; called once the run count is known to be moderate. */
  long bytesToPlan() {
    long p = points.longValueExact();
    return runs().longValueExact() * BYTES_PER_RUN
        + p * (BYTES_PER_POINT + (long) factors * BYTES_PER_VALUE);
  }

  private String replicates() {
    return replications == 1 ? "replicate" : "replicates";
  }

  /** "every combination of the factors' levels, 10 x 10 x 4", the product left out if long. */
  private static String levelProduct(List<Factor> factors) {
    if (factors.size() > 8) {
      return "every combination of the " + factors.size() + " factors' levels";
    }
    return "every combination of the factors' levels, " + String.join(" x ", factors.stream()
        .map(f -> Integer.toString(f.levels().size())).toList());
  }
}
