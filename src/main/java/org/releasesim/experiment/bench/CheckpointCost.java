package org.releasesim.experiment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.releasesim.experiment.RunCheckpoints;
import org.releasesim.experiment.RunDriver;
import org.releasesim.experiment.RunHooks;
import org.releasesim.experiment.RunProgress;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.param.ScenarioParams;

/**
 * What checkpoints add to a run: one run of a scenario timed from construction to its last
 * checkpoint in place, with checkpoints written as {@code run --checkpoint-every} writes them
 * (serialised between events, forced to the disk and renamed while the run goes on).
 *
 * @param wallSeconds wall time of the run, checkpoints included
 * @param checkpoints checkpoints written
 * @param bytesEach mean size of a checkpoint (they shrink as the run nears its end and fewer
 *     events are pending)
 */
record CheckpointCost(double wallSeconds, int checkpoints, long bytesEach) {
  /**
   * Runs {@code params} with a checkpoint every {@code everyDays} (none if 0) into a new folder
   * under {@code scratch}, deleted afterwards.
   */
  static CheckpointCost measure(ScenarioParams params, double everyDays, Path scratch) {
    try {
      Path folder = Files.createTempDirectory(scratch, ".bench-checkpoints-");
      try {
        return measureIn(params, everyDays, new RunCheckpoints(folder));
      } finally {
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the benchmark's checkpoints", e);
    }
  }

  private static CheckpointCost measureIn(ScenarioParams params, double everyDays,
      RunCheckpoints checkpoints) throws IOException {
    int[] written = {0};
    long[] bytes = {0}; // summed over the checkpoints
    long start = System.nanoTime();
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.start();
    RunDriver.finish(sim, RunProgress.NONE, new RunHooks(everyDays, s -> {
      bytes[0] += checkpoints.write(s, 0, everyDays);
      written[0]++;
    }, false));
    checkpoints.finish();
    double wall = (System.nanoTime() - start) / 1e9;
    checkpoints.deleteAll();
    return new CheckpointCost(wall, written[0], written[0] == 0 ? 0 : bytes[0] / written[0]);
  }
}
