package org.releasesim.experiment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.releasesim.experiment.RunDriver;
import org.releasesim.experiment.RunProgress;

/** Runs per second of independent small runs on a fixed thread pool, one fresh model each. */
final class SweepThroughput {
  private SweepThroughput() {}

  static double runsPerSecond(int threads, int runs, int residents, double years) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        long seed = 1000 + r;
        futures.add(pool.submit(() -> RunDriver.run(BenchScenario.of(residents, years, seed),
            false, RunProgress.NONE)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      return runs / ((System.nanoTime() - start) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark run failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
