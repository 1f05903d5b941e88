package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One of n parts of a sweep, numbered from 1 (as Slurm's {@code --array=1-n} counts): shard i
 * takes the runs whose index leaves remainder i - 1 when divided by n, so each shard gets every
 * n-th run, a fair mix of cheap and expensive points.
 *
 * @param index this shard, 1 to count
 * @param count how many shards
 * @param split false for the whole sweep run as one (its folder is the sweep folder), true for
 *     a shard given with --shard, even 1/1 (its folder is under shards/, for merge)
 */
public record Shard(int index, int count, boolean split) {
  /** The whole sweep, unsplit. */
  public static final Shard WHOLE = new Shard(1, 1, false);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count + ": the shard number"
          + " must be from 1 to the shard count");
    }
  }

  /**
   * Parses {@code i/n}.
   *
   * @throws SweepException if the text is not of that form
   */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/");
    try {
      if (parts.length == 2) {
        return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
            true);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new SweepException("--shard " + text + ": expected i/n with 1 <= i <= n, such as"
        + " --shard 2/4 (shards are numbered from 1, as in sbatch --array=1-4).");
  }

  public boolean isWhole() {
    return !split;
  }

  /** This shard's runs of a plan, in run order. */
  public List<RunSpec> runs(SweepPlan plan) {
    List<RunSpec> runs = new ArrayList<>();
    for (int i : indices(plan.runCount())) {
      runs.add(plan.run(i));
    }
    return runs;
  }

  /**
   * This shard's part of {@code total} items numbered from 0 (the candidates of a calibration's
   * batch, say), by the same rule as a sweep's runs: i - 1, i - 1 + n, ...
   */
  public List<Integer> indices(int total) {
    List<Integer> mine = new ArrayList<>();
    for (int i = index - 1; i < total; i += count) {
      mine.add(i);
    }
    return mine;
  }

  /** The shard folder's name, {@code shard-<i>-of-<n>}. */
  public String folderName() {
    return "shard-" + index + "-of-" + count;
  }
}
