package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.RunDirectory;

/**
 * The output folder of a sweep, {@code <out>/<sweep-name>/<run-id>/}, named as a run's folder
 * is ({@link RunDirectory}: {@code yyyyMMdd-HHmmss-seed<master seed>} in UTC, with {@code -2},
 * {@code -3}, ... when taken), or of one shard of it,
 * {@code <sweep folder>/shards/shard-<i>-of-<n>/}. A new sweep or comparison always claims a
 * folder of its own, atomically, so it never replaces an earlier one, whatever its policies or
 * overrides; only a resume (given the folder) writes into an existing one. It is finished only
 * when its {@value RunDirectory#COMPLETE} marker exists, which is written last.
 *
 * <p>At its start a sweep copies its sweep file ({@value #SWEEP}) and its resolved base scenario
 * ({@value #BASE}) into the folder; a resume checks both are unchanged, so a resumed sweep cannot
 * mix runs of two different sweeps.
 */
public final class SweepFolder {
  public static final String SWEEP = "sweep.yaml";
  public static final String BASE = "base.yaml";
  public static final String SHARDS = "shards";

  private final Path dir;

  private SweepFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * Claims a new, empty folder {@code <out>/<name>/<run-id>/} for a sweep.
   *
   * @param seed the sweep's master seed, recorded in the run id
   */
  public static SweepFolder create(Path out, String name, long seed, Clock clock)
      throws IOException {
    return new SweepFolder(RunDirectory.create(out, name, seed, clock).path());
  }

  /** An existing folder, as given to {@code sweep --resume} and {@code merge}. */
  public static SweepFolder at(Path dir) {
    return new SweepFolder(dir);
  }

  /** The folder of one shard of this sweep, or this folder for the whole sweep. */
  public SweepFolder shard(Shard shard) {
    return shard.isWhole() ? this
        : new SweepFolder(dir.resolve(SHARDS).resolve(shard.folderName()));
  }

  public Path dir() {
    return dir;
  }

  public Path file(String name) {
    return dir.resolve(name);
  }

  public boolean isComplete() {
    return RunDirectory.isComplete(dir);
  }

  /**
   * Gets the folder ready: starts the sweep in it, or checks that the sweep it holds is this one,
   * to be continued.
   *
   * @return true if runs recorded earlier are to be kept (the folder holds this sweep, unfinished)
   * @throws SweepException if the folder holds a finished sweep, or another sweep
   */
  public boolean prepare(String sweepText, String baseYaml) throws IOException {
    if (isComplete()) {
      throw new SweepException(dir + " holds a finished sweep; a sweep run without --resume"
          + " writes into a new folder of its own.");
    }
    if (Files.exists(file(SWEEP))) {
      same(SWEEP, sweepText, "the sweep file");
      same(BASE, baseYaml, "the base scenario (with the sweep's set: overrides)");
      return true;
    }
    Files.createDirectories(dir);
    AtomicFiles.writeString(file(BASE), baseYaml);
    AtomicFiles.writeString(file(SWEEP), sweepText);
    return false;
  }

  /**
   * Replaces the copy of the sweep file, for a comparison whose replicates grew: the copy then
   * repeats the comparison as it ended.
   */
  public void rewriteSweep(String sweepText) throws IOException {
    AtomicFiles.writeString(file(SWEEP), sweepText);
  }

  /** Writes the completion marker: call it after every other file is in place. */
  public void markComplete() throws IOException {
    AtomicFiles.writeString(file(RunDirectory.COMPLETE), java.time.Instant.now() + "\n");
  }

  /** The shard folders under a sweep folder, by name. */
  public List<Path> shardFolders() throws IOException {
    Path shards = dir.resolve(SHARDS);
    if (!Files.isDirectory(shards)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(shards)) {
      return list.filter(p -> p.getFileName().toString().matches("shard-\\d+-of-\\d+"))
          .sorted().toList();
    }
  }

  private void same(String name, String expected, String what) throws IOException {
    String found = Files.readString(file(name), StandardCharsets.UTF_8);
    if (!found.equals(expected)) {
      throw new SweepException(dir + ": " + what + " changed since this sweep started, so its"
          + " runs cannot be continued; run the sweep without --resume to start it afresh in a"
          + " new folder.");
    }
  }
}
