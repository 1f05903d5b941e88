package org.releasesim.experiment.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.releasesim.experiment.KeySeries;
import org.releasesim.experiment.SteadyState;
import org.releasesim.experiment.stats.Estimate;

/**
 * Runs a calibration design: its replications (on as many threads as asked; each replication is
 * a whole run with its own seed, so the results do not depend on the thread count), then the
 * mean and 95% t interval of every target over replications. Replications rather than one big
 * run give honest intervals: each is an independent draw of the whole county.
 */
public final class Calibration {
  private Calibration() {}

  /**
   * Runs the design.
   *
   * @param threads worker threads (1 or more)
   * @param done told the number of replications finished so far, as they finish
   */
  public static CalibrationResult run(CalibrationDesign design, int threads, IntConsumer done) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    List<Measurements> runs = replicate(design, threads, done);
    return summarise(design, runs);
  }

  /**
   * Runs the design's county once with a seed of its own and measures every target: one
   * simulated particle of a posterior calibration.
   */
  public static Measurements measureOnce(CalibrationDesign design, long seed) {
    return CalibrationRun.run(design, design.scenarioWithSeed(seed));
  }

  private static List<Measurements> replicate(CalibrationDesign design, int threads,
      IntConsumer done) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Measurements>> futures = new ArrayList<>();
      for (int r = 0; r < design.replications(); r++) {
        int replicate = r;
        futures.add(pool.submit(() -> CalibrationRun.run(design, replicate)));
      }
      List<Measurements> runs = new ArrayList<>();
      for (Future<Measurements> f : futures) {
        runs.add(f.get());
        done.accept(runs.size());
      }
      return runs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("calibration interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re
          : new IllegalStateException("a calibration run failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The ordering margin of the mean re-arrest rates by commitment offence. It is taken from the
   * means, not averaged over replications: a minimum of noisy differences is biased low, and the
   * smaller offence groups are noisy in one replication. It has no interval; the rates by
   * offence have theirs.
   */
  static Estimate ordering(List<Measurements> runs) {
    double[] means = Targets.BY_OFFENCE.stream()
        .mapToDouble(id -> Estimate.of(runs.stream().mapToDouble(m -> m.value(id)).toArray())
            .mean())
        .toArray();
    return new Estimate(runs.size(), CalibrationRun.orderingMargin(means), Double.NaN,
        Double.NaN);
  }

  /**
   * The checks of the key series averaged over replications: averaging takes out the noise of
   * one county and keeps any transient, which every replication shares.
   */
  static SteadyState steadyState(List<Measurements> runs) {
    return SteadyState.of(KeySeries.mean(runs.stream().map(Measurements::keySeries).toList()));
  }

  /** Means and intervals over replications, and each target's verdict. */
  static CalibrationResult summarise(CalibrationDesign design, List<Measurements> runs) {
    List<TargetResult> results = new ArrayList<>();
    for (Target t : Targets.all()) {
      Estimate e = t.check() == Target.Check.ORDERING ? ordering(runs)
          : Estimate.of(runs.stream().mapToDouble(m -> m.value(t.id())).toArray());
      results.add(new TargetResult(t, e, t.passes(e, design.quick())));
    }
    List<Estimate> curve = new ArrayList<>();
    for (int i = 0; i <= Measurements.CURVE_MONTHS; i++) {
      int month = i;
      curve.add(Estimate.of(runs.stream().mapToDouble(m -> m.curve()[month]).toArray()));
    }
    List<Long> seeds = runs.stream().map(Measurements::seed).toList();
    return new CalibrationResult(design, seeds, results, curve, steadyState(runs));
  }
}
