package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.RunDirectory;

/**
 * The output folder of a sweep, {@code <out>/<sweep-name>/}, or of one shard of it,
 * {@code <out>/<sweep-name>/shards/shard-<i>-of-<n>/}. It is finished only when its
 * {@value RunDirectory#COMPLETE} marker exists, which is written last.
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

  /** The folder of a sweep (or of one of its shards) under {@code out}. */
  public static SweepFolder of(Path out, String name, Shard shard) {
    Path root = out.resolve(name);
    return new SweepFolder(shard.isWhole() ? root : root.resolve(SHARDS)
        .resolve(shard.folderName()));
  }

  /** An existing folder, as given to {@code merge}. */
  public static SweepFolder at(Path dir) {
    return new SweepFolder(dir);
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
   * Gets the folder ready: creates it, or checks it may be continued or replaced.
   *
   * @return true if runs recorded earlier are to be kept (a resume of an unfinished folder)
   * @throws SweepException if the folder exists and neither option allows using it
   */
  public boolean prepare(boolean resume, boolean force, String sweepText, String baseYaml)
      throws IOException {
    if (Files.exists(dir) && force) {
      deleteSweepFolder();
    } else if (Files.exists(dir) && isComplete()) {
      throw new SweepException(dir + " holds a finished sweep; use --force to replace it, or"
          + " --out to write elsewhere.");
    } else if (Files.exists(file(SWEEP)) && !resume) {
      throw new SweepException(dir + " holds an unfinished sweep; use --resume to continue it,"
          + " or --force to start over.");
    }
    boolean continuing = Files.exists(file(SWEEP));
    if (continuing) {
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
          + " runs cannot be continued; use --force to start over (or --out for a new folder).");
    }
  }

  /** Deletes the folder, refusing one that does not look like a sweep's. */
  private void deleteSweepFolder() throws IOException {
    if (!Files.exists(file(SWEEP))) {
      throw new SweepException(dir + " exists but holds no " + SWEEP + "; it is not a sweep"
          + " folder, so --force will not delete it. Choose another --out.");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
