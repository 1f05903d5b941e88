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
import org.releasesim.output.FolderLock;
import org.releasesim.output.OutputFolderException;
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
 * mix runs of two different sweeps. A sweep writes only into a folder that is new, empty, or
 * release-sim's own ({@link #lock}), and one process at a time.
 */
public final class SweepFolder {
  public static final String SWEEP = "sweep.yaml";
  public static final String BASE = "base.yaml";
  public static final String SHARDS = "shards";
  /** What a folder that shards share holds besides a sweep: the shards and the Slurm scripts. */
  private static final List<String> SHARED = List.of(SHARDS, "slurm");

  private final Path dir;
  private final Path root;

  private SweepFolder(Path dir, Path root) {
    this.dir = dir;
    this.root = root;
  }

  /**
   * Claims a new, empty folder {@code <out>/<name>/<run-id>/} for a sweep.
   *
   * @param seed the sweep's master seed, recorded in the run id
   */
  public static SweepFolder create(Path out, String name, long seed, Clock clock)
      throws IOException {
    Path dir = RunDirectory.create(out, name, seed, clock).path();
    return new SweepFolder(dir, dir);
  }

  /** An existing folder, as given to {@code sweep --resume} and {@code merge}. */
  public static SweepFolder at(Path dir) {
    return new SweepFolder(dir, dir);
  }

  /** The folder of one shard of this sweep, or this folder for the whole sweep. */
  public SweepFolder shard(Shard shard) {
    return shard.isWhole() ? this
        : new SweepFolder(dir.resolve(SHARDS).resolve(shard.folderName()), dir);
  }

  public Path dir() {
    return dir;
  }

  public Path file(String name) {
    return dir.resolve(name);
  }

  /** Whether the folder holds a finished sweep (not merely a COMPLETE marker, as a run's). */
  public boolean isComplete() {
    return RunDirectory.isComplete(dir) && Files.exists(file(SWEEP));
  }

  /**
   * Locks the folder for this process, once it is known to be a sweep's: new, empty, holding
   * this sweep, or holding only what release-sim puts in a sweep folder before the sweep's
   * files (its lock file, shards, Slurm scripts). A shard's folder is under the folder every
   * shard shares, which is checked and claimed too.
   *
   * @param what the command, for the message a second process gets: {@code "sweep"}
   * @throws OutputFolderException if a folder holds other files (the user's, or another kind of
   *     release-sim folder such as a run's), or another process holds the lock
   */
  public FolderLock lock(String what) throws IOException {
    if (!root.equals(dir)) {
      requireSweepFolder(root, "the folder every shard of the sweep shares (--resume)");
      FolderLock.claim(root);
    }
    requireSweepFolder(dir, "a sweep folder");
    return FolderLock.acquire(dir, what);
  }

  /** Locks the folder the shards share, to merge them into it. */
  public FolderLock lockForMerge() throws IOException {
    requireSweepFolder(dir, "merged into");
    return FolderLock.acquire(dir, "merge");
  }

  /**
   * Refuses to write into a folder that holds files a sweep did not write there. A folder cut
   * off while a sweep started in it may hold the base scenario's copy, written just before the
   * sweep file's.
   */
  /**
   * Whether a file name is one of {@link AtomicFiles}' temporary files: a sweep starting in a
   * claimed folder may be writing its first files there at this moment, and the process that
   * sees them must be told the folder is in use, not that it holds other files.
   */
  private static boolean isTemporary(String name) {
    return name.startsWith(".") && name.endsWith(".tmp");
  }

  private static void requireSweepFolder(Path folder, String what) throws IOException {
    if (!Files.isDirectory(folder) || Files.exists(folder.resolve(SWEEP))) {
      return;
    }
    boolean claimed = FolderLock.isClaimed(folder);
    List<String> found;
    try (Stream<Path> list = Files.list(folder)) {
      found = list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(FolderLock.FILE) && !SHARED.contains(n)
              && !(claimed && (n.equals(BASE) || isTemporary(n))))
          .sorted().toList();
    }
    if (!found.isEmpty()) {
      throw new OutputFolderException(folder + " holds files this sweep did not write ("
          + String.join(", ", found.subList(0, Math.min(5, found.size())))
          + (found.size() > 5 ? ", ..." : "") + "), so it cannot be " + what + ": a sweep"
          + " starts only in a new or empty folder, or continues one it started, so that it"
          + " never replaces other files. Give --resume the folder a sweep printed, or a new or"
          + " empty one; or leave out --resume, and the sweep writes into a new folder under"
          + " --out.");
    }
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
