package org.releasesim.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.experiment.design.Design;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;

/**
 * Everything needed to run a sweep and to analyse it, fully determined by the sweep file (or the
 * compare command's options): the same plan is rebuilt by every shard, by a resumed process and
 * by {@code merge}.
 *
 * <p>Runs are numbered replicate by replicate: run {@code r * points + p} is replicate r of point
 * p. A paired plan gives every point of replicate r the same seed (common random numbers); an
 * unpaired plan gives every run its own. Either way seeds are distinct per key and stable when
 * replicates are appended ({@link SeedAssigner}). With contrast pairing, a replicate's seed is
 * shared only by a point and its reference point ({@link Contrasts}), so points that differ in
 * anything but the contrast factor (such as draws from a posterior) have independent noise.
 *
 * @param name names the output folder
 * @param description what the sweep is for
 * @param base the base scenario file
 * @param baseOverrides overrides applied to the base before the factors
 * @param masterSeed the master seed
 * @param replications replicates per point
 * @param paired whether the points of a replicate share its seed
 * @param contrastPairing whether, in a paired plan, only a point and its reference point share
 *     a replicate's seed (else every point of the replicate does)
 * @param design the design, with its factors and points
 * @param outcomes the outcome columns
 * @param timeSeries outcomes whose time series are kept and aggregated (empty: none)
 * @param precision target half-widths per outcome column, reported against
 * @param seeds the seed of every run, by run index
 */
public record SweepPlan(String name, String description, Path base, List<String> baseOverrides,
    long masterSeed, int replications, boolean paired, boolean contrastPairing, Design design,
    OutcomeSet outcomes, List<OutcomeSpec> timeSeries, Map<String, Double> precision,
    List<Integer> seeds) {

  public SweepPlan {
    baseOverrides = List.copyOf(baseOverrides);
    timeSeries = List.copyOf(timeSeries);
    precision = Collections.unmodifiableMap(new LinkedHashMap<>(precision));
    seeds = List.copyOf(seeds);
  }

  /** A plan with its seeds derived from the master seed. */
  public static SweepPlan of(String name, String description, Path base,
      List<String> baseOverrides, long masterSeed, int replications, boolean paired,
      boolean contrastPairing, Design design, OutcomeSet outcomes, List<OutcomeSpec> timeSeries,
      Map<String, Double> precision) {
    return new SweepPlan(name, description, base, baseOverrides, masterSeed, replications,
        paired, contrastPairing, design, outcomes, timeSeries, precision,
        seeds(masterSeed, streams(paired, contrastPairing, design), replications));
  }

  /** This plan with {@code more} replicates; earlier runs keep their index and seed. */
  public SweepPlan withReplications(int more) {
    return of(name, description, base, baseOverrides, masterSeed, more, paired, contrastPairing,
        design, outcomes, timeSeries, precision);
  }

  public List<Factor> factors() {
    return design.factors();
  }

  public List<DesignPoint> points() {
    return design.points();
  }

  public int pointCount() {
    return design.points().size();
  }

  public int runCount() {
    return seeds.size();
  }

  /** The run with a given index. */
  public RunSpec run(int index) {
    int points = pointCount();
    return new RunSpec(index, index % points, index / points, seeds.get(index));
  }

  /**
   * The seed stream of every point: its own index when unpaired, {@link SeedSequence#SHARED}
   * when paired, its reference point's index under contrast pairing (its own where it has none).
   */
  private static long[] streams(boolean paired, boolean contrastPairing, Design design) {
    int points = design.points().size();
    int[] references = paired && contrastPairing
        ? Contrasts.references(design.factors(), design.points()) : null;
    long[] streams = new long[points];
    for (int p = 0; p < points; p++) {
      streams[p] = !paired ? p : references == null ? SeedSequence.SHARED
          : references[p] < 0 ? p : references[p];
    }
    return streams;
  }

  private static List<Integer> seeds(long master, long[] streams, int replications) {
    SeedAssigner assigner = new SeedAssigner(master);
    List<Integer> seeds = new ArrayList<>(streams.length * replications);
    for (int r = 0; r < replications; r++) {
      for (long stream : streams) {
        seeds.add(assigner.seed(stream, r));
      }
    }
    return seeds;
  }
}
