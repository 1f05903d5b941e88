package org.releasesim.experiment.slurm;

import java.nio.file.Path;

/**
 * A sweep, or a posterior calibration, split over a Slurm job array, as the scripts need it.
 *
 * @param kind what the array's tasks run
 * @param name the sweep's or calibration's name (job names derive from it)
 * @param sweepFile the sweep or calibration file, absolute
 * @param sweepDir the folder the shards and the merge write to, absolute
 * @param shards array tasks, one shard each
 * @param cpusPerTask cores per task, used as the task's --threads
 * @param partition the partition, or null for the cluster's default
 * @param time the time limit per task ({@code HH:MM:SS} or Slurm's other forms), or null
 * @param mem memory per task ({@code 4G}), or null
 * @param launcher the shell command that starts release-sim, such as
 *     {@code '/usr/bin/java' -jar '/home/me/release-sim/target/release-sim.jar'}
 * @param workDir the folder jobs start in
 */
public record SlurmJob(Kind kind, String name, Path sweepFile, Path sweepDir, int shards, int cpusPerTask,
    String partition, String time, String mem, String launcher, Path workDir) {
  /** What the array's tasks run. */
  public enum Kind {
    /** Shards of a sweep's runs, merged once. */
    SWEEP("sweep"),
    /**
     * Shards of a posterior calibration's next batch; each merge submits the next array and
     * merge while the calibration needs more batches.
     */
    POSTERIOR("calibration");

    private final String noun;

    Kind(String noun) {
      this.noun = noun;
    }

    /** What the scripts' comments call the work. */
    public String noun() {
      return noun;
    }
  }

  public SlurmJob {
    if (shards < 1 || cpusPerTask < 1) {
      throw new IllegalArgumentException("shards and cpus per task must be at least 1");
    }
  }

  /** The folder the scripts and logs go to. */
  public Path scriptDir() {
    return sweepDir().resolve("slurm");
  }
}
