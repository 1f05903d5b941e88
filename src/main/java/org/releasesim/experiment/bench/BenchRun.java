package org.releasesim.experiment.bench;

import org.releasesim.model.ReleaseSim;
import org.releasesim.model.param.ScenarioParams;

/**
 * One measured model run: wall time, person events per second, the depth of MASON's heap, peak
 * heap memory during the run, and the memory the finished model still holds after a full
 * collection, per resident.
 *
 * @param residents residents at the start
 * @param years recorded years (after a 2-year warm-up)
 * @param wallSeconds wall time from construction to the horizon
 * @param events person events fired through MASON's schedule (stale ones included: each costs
 *     the schedule as much as any other)
 * @param staleEvents events that found their person's custody changed and did nothing
 * @param meanPending mean number of events pending in MASON's schedule, sampled during the run
 * @param peakHeapBytes peak heap in use during the run, sampled every few thousand events
 *     (garbage not yet collected included)
 * @param retainedBytes heap used after a full GC with the finished model still referenced,
 *     minus the heap used before the run
 */
record BenchRun(long residents, double years, double wallSeconds, long events, long staleEvents,
    double meanPending, long peakHeapBytes, long retainedBytes) {
  private static final long SAMPLE_EVERY = 5_000;

  double eventsPerSecond() {
    return events / wallSeconds;
  }

  double bytesPerResident() {
    return retainedBytes / (double) residents;
  }

  static BenchRun measure(ScenarioParams params) {
    long baseline = usedAfterGc();
    long start = System.nanoTime();
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.start();
    long peak = 0;
    long advances = 0;
    double pendingSum = 0;
    long samples = 0;
    while (sim.advance()) {
      if (++advances % SAMPLE_EVERY == 0) {
        peak = Math.max(peak, used());
        pendingSum += sim.pendingEvents();
        samples++;
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    peak = Math.max(peak, used());
    long retained = usedAfterGc() - baseline;
    long events = sim.personEvents();
    long stale = sim.staleEvents();
    sim.finish();
    return new BenchRun(params.totalPopulation(), params.time().years(), wall, events, stale,
        samples == 0 ? 0 : pendingSum / samples, peak, retained);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return used();
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
