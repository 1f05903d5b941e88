package org.releasesim.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant
 * and Lempert 2010).
 *
 * <p><b>Peeling.</b> Starting from the box that holds every row, each step tries every way of
 * taking a thin slice off the current box and keeps the one that leaves the highest share of
 * rows where the condition holds (Friedman and Fisher's criterion; on a tie, the one that
 * removes fewer rows, then the first dimension, lower side before upper). A numeric dimension
 * can lose its lowest or its highest {@code alpha} share of the box's rows: the new bound is the
 * value of rank {@code max(1, floor(alpha m))} among the box's m values, and rows beyond it go.
 * When ties make that slice empty (a whole-number factor with few levels), the whole extreme
 * level goes instead, so a peel always removes something. A categorical dimension can lose one
 * of its categories (as in the EMA Workbench). Peeling stops when every possible slice would
 * leave fewer than {@code minMass} of all rows, or when every row in the box already meets the
 * condition (no slice could raise the density, only lower the coverage).
 *
 * <p><b>Pasting</b> (optional) grows a chosen box again: each step tries adding back an
 * {@code alpha} slice of the box's size along one side of one dimension (or one category),
 * among the rows that meet every other limit, and keeps the best while it raises the density.
 *
 * <p><b>Quasi-p-values</b> (as the EMA Workbench computes them, after Bryant and Lempert 2010):
 * for a restricted dimension, the one-sided binomial probability of at least the box's hits
 * among its rows, if each row were a hit with the density of the box that drops that one
 * restriction. A high value says the restriction adds little: the condition is about as common
 * without it.
 */
public final class Prim {
  public static final double DEFAULT_ALPHA = 0.05;
  public static final double DEFAULT_MIN_MASS = 0.05;

  private final double alpha;
  private final double minMass;

  /**
   * @param alpha the share of the box's rows one peel removes, in (0, 0.5)
   * @param minMass the least share of all rows a box may hold, in (0, 1]
   */
  public Prim(double alpha, double minMass) {
    if (!(alpha > 0 && alpha < 0.5)) {
      throw new IllegalArgumentException("alpha must lie in (0, 0.5), got " + alpha);
    }
    if (!(minMass > 0 && minMass <= 1)) {
      throw new IllegalArgumentException("the minimum mass must lie in (0, 1], got " + minMass);
    }
    this.alpha = alpha;
    this.minMass = minMass;
  }

  /** The peeling trajectory: box 0 holds every row, each later box lies inside the one before. */
  public List<PrimBox> peel(PrimData data) {
    if (data.rows() == 0) {
      throw new IllegalArgumentException("no rows");
    }
    Box full = data.fullBox();
    int minRows = Math.max(1, (int) Math.ceil(minMass * data.rows() - 1e-9));
    List<PrimBox> trajectory = new ArrayList<>();
    trajectory.add(measure(data, full, full, 0));
    Box box = full;
    int[] members = allRows(data.rows());
    while (hits(data, members) < members.length) {
      Candidate best = null;
      for (int d = 0; d < data.dimensions().size(); d++) {
        for (Candidate c : peels(data, box, members, d)) {
          if (c.members.length >= minRows && c.members.length < members.length
              && c.betterThan(best)) {
            best = c;
          }
        }
      }
      if (best == null) {
        break;
      }
      box = best.box;
      members = best.members;
      trajectory.add(measure(data, box, full, trajectory.size()));
    }
    return List.copyOf(trajectory);
  }

  /** The box grown back by pasting while that raises its density; same index as the box. */
  public PrimBox paste(PrimData data, PrimBox start) {
    Box full = data.fullBox();
    Box box = start.box();
    int[] members = inBox(data, box);
    double density = (double) hits(data, members) / members.length;
    while (true) {
      Candidate best = null;
      for (int d = 0; d < data.dimensions().size(); d++) {
        for (Candidate c : pastes(data, box, members, d)) {
          if (c.members.length > members.length && c.betterThan(best)) {
            best = c;
          }
        }
      }
      if (best == null || !(best.density() > density)) {
        break;
      }
      box = best.box;
      members = best.members;
      density = best.density();
    }
    return measure(data, box, full, start.index());
  }

  /**
   * The quasi-p-value of a box's restriction along {@code dimension}: P(X >= hits) for X
   * binomial with the box's rows as trials and, as success probability, the density of the box
   * without that restriction.
   */
  public static double quasiP(PrimData data, Box box, int dimension) {
    int rows = 0;
    int hits = 0;
    int parentRows = 0;
    int parentHits = 0;
    for (int r = 0; r < data.rows(); r++) {
      if (box.containsIgnoring(data, r, dimension)) {
        parentRows++;
        parentHits += data.interesting(r) ? 1 : 0;
        if (box.limits().get(dimension).contains(data.value(dimension, r))) {
          rows++;
          hits += data.interesting(r) ? 1 : 0;
        }
      }
    }
    if (rows == 0) {
      return 1;
    }
    return upperTail(rows, (double) parentHits / parentRows, hits);
  }

  /** P(X >= successes) for X ~ Binomial(trials, p), summed from the far tail for accuracy. */
  static double upperTail(int trials, double p, int successes) {
    if (successes <= 0) {
      return 1;
    }
    // no random generator: nothing is sampled, and the default one would be seeded from the clock
    BinomialDistribution binomial = new BinomialDistribution(null, trials, p);
    double sum = 0;
    for (int k = trials; k >= successes; k--) {
      sum += binomial.probability(k);
    }
    return Math.min(1, sum);
  }

  /** A box's figures over every row. */
  public static PrimBox measure(PrimData data, Box box, Box full, int index) {
    int[] members = inBox(data, box);
    int hits = hits(data, members);
    List<Integer> restricted = new ArrayList<>();
    for (int d = 0; d < box.limits().size(); d++) {
      if (!box.limits().get(d).equals(full.limits().get(d))) {
        restricted.add(d);
      }
    }
    double coverage = data.hits() == 0 ? Double.NaN : (double) hits / data.hits();
    double density = members.length == 0 ? Double.NaN : (double) hits / members.length;
    return new PrimBox(index, box, members.length, hits, coverage, density,
        (double) members.length / data.rows(), restricted);
  }

  private List<Candidate> peels(PrimData data, Box box, int[] members, int d) {
    List<Candidate> out = new ArrayList<>(2);
    Limit limit = box.limits().get(d);
    if (limit instanceof Limit.Categories cats) {
      boolean[] present = present(data, members, d, data.dimensions().get(d).categories().size());
      int count = 0;
      for (boolean p : present) {
        count += p ? 1 : 0;
      }
      if (count < 2) {
        return out;
      }
      for (int c : cats.allowed()) {
        if (present[c]) {
          List<Integer> kept = new ArrayList<>(cats.allowed());
          kept.remove(Integer.valueOf(c));
          Limit.Categories next = new Limit.Categories(kept);
          out.add(candidate(data, box.with(d, next), members, d, next::contains));
        }
      }
      return out;
    }
    Limit.Interval interval = (Limit.Interval) limit;
    double[] sorted = new double[members.length];
    for (int i = 0; i < members.length; i++) {
      sorted[i] = data.value(d, members[i]);
    }
    Arrays.sort(sorted);
    int m = sorted.length;
    int r = Math.min(m - 1, Math.max(1, (int) Math.floor(alpha * m)));
    double lower = sorted[r];
    if (lower == sorted[0]) {
      lower = firstAbove(sorted, sorted[0]);
    }
    if (!Double.isNaN(lower)) {
      double lo = lower;
      out.add(candidate(data, box.with(d, new Limit.Interval(lo, interval.upper())), members, d,
          v -> v >= lo));
    }
    double upper = sorted[m - 1 - r];
    if (upper == sorted[m - 1]) {
      upper = lastBelow(sorted, sorted[m - 1]);
    }
    if (!Double.isNaN(upper)) {
      double hi = upper;
      out.add(candidate(data, box.with(d, new Limit.Interval(interval.lower(), hi)), members, d,
          v -> v <= hi));
    }
    return out;
  }

  private List<Candidate> pastes(PrimData data, Box box, int[] members, int d) {
    List<Candidate> out = new ArrayList<>(2);
    Limit limit = box.limits().get(d);
    int grow = Math.max(1, (int) Math.floor(alpha * members.length));
    if (limit instanceof Limit.Categories cats) {
      int categories = data.dimensions().get(d).categories().size();
      for (int c = 0; c < categories; c++) {
        if (!cats.allowed().contains(c)) {
          List<Integer> more = new ArrayList<>(cats.allowed());
          more.add(c);
          more.sort(null);
          out.add(grown(data, box.with(d, new Limit.Categories(more))));
        }
      }
      return out;
    }
    Limit.Interval interval = (Limit.Interval) limit;
    List<Double> below = new ArrayList<>();
    List<Double> above = new ArrayList<>();
    for (int row = 0; row < data.rows(); row++) {
      if (box.containsIgnoring(data, row, d)) {
        double v = data.value(d, row);
        if (v < interval.lower()) {
          below.add(v);
        } else if (v > interval.upper()) {
          above.add(v);
        }
      }
    }
    if (!below.isEmpty()) {
      below.sort(null);
      double lo = below.get(Math.max(0, below.size() - grow));
      out.add(grown(data, box.with(d, new Limit.Interval(lo, interval.upper()))));
    }
    if (!above.isEmpty()) {
      above.sort(null);
      double hi = above.get(Math.min(above.size(), grow) - 1);
      out.add(grown(data, box.with(d, new Limit.Interval(interval.lower(), hi))));
    }
    return out;
  }

  private static Candidate grown(PrimData data, Box box) {
    int[] members = inBox(data, box);
    return new Candidate(box, members, hits(data, members));
  }

  private static Candidate candidate(PrimData data, Box box, int[] members, int d,
      DoublePredicate keep) {
    int[] kept = Arrays.stream(members).filter(r -> keep.test(data.value(d, r))).toArray();
    return new Candidate(box, kept, hits(data, kept));
  }

  private static boolean[] present(PrimData data, int[] members, int d, int categories) {
    boolean[] present = new boolean[categories];
    for (int r : members) {
      present[(int) data.value(d, r)] = true;
    }
    return present;
  }

  private static double firstAbove(double[] sorted, double v) {
    for (double x : sorted) {
      if (x > v) {
        return x;
      }
    }
    return Double.NaN;
  }

  private static double lastBelow(double[] sorted, double v) {
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] < v) {
        return sorted[i];
      }
    }
    return Double.NaN;
  }

  private static int[] inBox(PrimData data, Box box) {
    return IntStream.range(0, data.rows()).filter(r -> box.contains(data, r))
        .toArray();
  }

  private static int[] allRows(int n) {
    return IntStream.range(0, n).toArray();
  }

  private static int hits(PrimData data, int[] members) {
    int h = 0;
    for (int r : members) {
      h += data.interesting(r) ? 1 : 0;
    }
    return h;
  }

  /** A box PRIM could move to, with the rows it keeps. */
  private record Candidate(Box box, int[] members, int hits) {
    double density() {
      return members.length == 0 ? Double.NaN : (double) hits / members.length;
    }

    /** The higher density; on a tie, the larger box; then the one found first. */
    boolean betterThan(Candidate other) {
      if (other == null) {
        return true;
      }
      int byDensity = Double.compare(density(), other.density());
      return byDensity > 0 || (byDensity == 0 && members.length > other.members.length);
    }
  }
}
