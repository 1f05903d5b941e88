package org.releasesim.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a list of runs on a fixed pool of threads, each run in a fresh model, and hands the
 * results to a {@link RunSink} in list order whatever order they finish in: the caller's thread
 * waits for the first unfinished run in the list while later ones complete and wait in their
 * futures. Files written by the sink are therefore the same for any number of threads.
 *
 * <p>A failing run stops the sweep: the pool is shut down (runs under way are interrupted or
 * finish unseen) and the run's exception is rethrown; runs already handed to the sink stay done.
 */
public final class SweepExecutor {
  private final int threads;

  /** @param threads worker threads, at least 1 */
  public SweepExecutor(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Runs every run of {@code runs}.
   *
   * @param task runs one run; called from the worker threads
   * @param finished told (from a worker thread) as each run finishes, for a progress bar
   * @param sink receives the records in list order, on the caller's thread
   * @throws IOException if the sink fails
   */
  public void execute(List<RunSpec> runs, Function<RunSpec, RunRecord> task, Runnable finished,
      RunSink sink) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sweep-run");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<RunRecord>> futures = new ArrayList<>(runs.size());
      for (RunSpec run : runs) {
        futures.add(pool.submit(() -> {
          RunRecord record = task.apply(run);
          finished.run();
          return record;
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        sink.accept(await(futures.get(i)));
        futures.set(i, null);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static RunRecord await(Future<RunRecord> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the sweep was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException("a run failed", cause);
    }
  }
}
