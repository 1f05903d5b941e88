package org.releasesim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.releasesim.experiment.posterior.AbcSmc;
import org.releasesim.experiment.posterior.Candidate;
import org.releasesim.experiment.posterior.CountySimulator;
import org.releasesim.experiment.posterior.Generation;
import org.releasesim.experiment.posterior.ObservedTarget;
import org.releasesim.experiment.posterior.PosteriorFileReader;
import org.releasesim.experiment.posterior.PosteriorSpec;
import org.releasesim.experiment.posterior.PredictiveCheck;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.FolderLock;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.posterior.PosteriorCsv;

/**
 * A posterior calibration split into steps that separate processes (array tasks of a cluster)
 * run one after another in one shared folder: {@code calibrate --resume DIR --shard i/n}
 * simulates shard i's part of the calibration's next batch, the next generation's candidates or
 * the predictive check's draws, and writes their measured targets to
 * {@code DIR/shards/<batch>/shard-i-of-n.csv}; {@code calibrate --resume DIR --merge} joins the
 * shards of that batch in batch order and completes it exactly as an unsharded calibration
 * would, through the same engine step, saving the generation or writing the results.
 *
 * <p>The next batch is recomputed in every step from the saved generations alone (a generation
 * depends only on the one before it, and every random number on the master seed), so shards
 * need no message from the merge beyond the files it saves, and the results are byte-identical
 * to an unsharded calibration's whatever the split. Shard i takes candidates i-1, i-1+n, ...,
 * as a sweep's shards take runs.
 */
public final class PosteriorShards {
  private final PrintWriter out;
  private final PrintWriter err;
  private final int threads;
  private final boolean quiet;

  public PosteriorShards(PrintWriter out, PrintWriter err, int threads, boolean quiet) {
    this.out = out;
    this.err = err;
    this.threads = threads;
    this.quiet = quiet;
  }

  /** The next batch to simulate: a generation's candidates, or the predictive check's draws. */
  private record Batch(String name, Path dir, List<Candidate> candidates,
      AbcSmc.Proposal proposal) {
    boolean isGeneration() {
      return proposal != null;
    }
  }

  /**
   * Claims a new folder {@code <root>/calibration/<name>/<run-id>/} for a sharded calibration
   * and copies the calibration file into it, so that every shard and merge can share it.
   *
   * @return the folder
   */
  public static Path claim(PosteriorSpec spec, Path root) throws IOException {
    RunDirectory dir = RunDirectory.create(root.resolve("calibration"), spec.name(),
        spec.settings().seed(), Clock.systemUTC());
    FolderLock.claim(dir.path());
    AtomicFiles.writeString(dir.file(PosteriorCalibration.FILE_COPY), spec.text());
    return dir.path().toAbsolutePath().normalize();
  }

  /**
   * Runs shard {@code shard} of the next batch of the calibration in {@code folder}.
   *
   * @param file the calibration file, or null: with it a new or empty folder is set up for the
   *     calibration (by whichever shard comes first), and a folder set up already must hold
   *     the same file
   */
  public int step(Path folder, Path file, Shard shard) throws IOException {
    if (file != null) {
      prepare(folder, new PosteriorFileReader().read(file));
    }
    Path copy = PosteriorCalibration.checkedFolder(folder);
    PosteriorSpec spec = new PosteriorFileReader().read(copy);
    AbcSmc engine = spec.sampler();
    Optional<Batch> next = next(folder, spec, engine,
        PosteriorCalibration.readSaved(folder, spec));
    if (next.isEmpty()) {
      out.println("Nothing to run: every batch of " + folder + " is simulated; calibrate"
          + " --resume " + folder + " --merge writes the results.");
      out.flush();
      return 0;
    }
    Batch batch = next.get();
    Path target = PosteriorCsv.shardFile(batch.dir(), shard);
    if (Files.exists(target)) {
      out.println("Nothing to do: " + target + " is there already.");
      out.flush();
      return 0;
    }
    List<Candidate> slice = shard.indices(batch.candidates().size()).stream()
        .map(batch.candidates()::get).toList();
    if (!quiet) {
      err.printf("calibrate: %s, shard %d of %d: %d of its %d runs%n", batch.name(),
          shard.index(), shard.count(), slice.size(), batch.candidates().size());
      err.flush();
    }
    List<double[]> simulated = new CountySimulator(spec, threads, progress(slice.size()))
        .simulate(slice);
    PosteriorCsv.writeShard(target, spec.keys(), targetIds(spec), slice, simulated);
    out.println("Shard " + shard.index() + " of " + shard.count() + " of " + batch.name()
        + " done: " + target);
    out.flush();
    return 0;
  }

  /**
   * Joins the shards of the next batch of the calibration in {@code folder} and completes it:
   * saves the generation, or, once the sampler has stopped and the predictive check's draws
   * are in, writes the results as an unsharded calibration does. Says what comes next.
   */
  @SuppressWarnings("try")
  public int merge(Path folder) throws IOException {
    Path copy = PosteriorCalibration.checkedFolder(folder);
    RunDirectory dir = RunDirectory.existing(folder, Clock.systemUTC());
    try (FolderLock lock = FolderLock.acquire(folder, "posterior calibration")) {
      PosteriorSpec spec = new PosteriorFileReader().read(copy);
      AbcSmc engine = spec.sampler();
      List<Generation> all = new ArrayList<>(PosteriorCalibration.readSaved(folder, spec));
      PosteriorCalibration results = new PosteriorCalibration(out, err, threads, quiet);
      Optional<Batch> next = next(folder, spec, engine, all);
      if (next.isEmpty()) {
        return results.finish(spec, dir, engine, all, List.of());
      }
      Batch batch = next.get();
      int shards = shardCount(folder, batch);
      List<double[]> simulated = joined(folder, spec, batch, shards);
      if (!batch.isGeneration()) {
        return results.finish(spec, dir, engine, all,
            PredictiveCheck.of(engine, simulated));
      }
      Generation g = engine.complete(batch.proposal(), simulated);
      all.add(g);
      PosteriorCalibration.save(dir, spec, all, g);
      String merged = "calibrate: " + PosteriorCalibration.describe(g) + " (" + shards
          + " shards merged)";
      Optional<AbcSmc.Stop> stop = engine.stop(g);
      if (stop.isPresent() && spec.predictiveDraws() == 0) {
        say(merged);
        return results.finish(spec, dir, engine, all, List.of());
      }
      String then = stop.isPresent() ? "the sampler stops (" + stop.get().reason()
          + "); next, the predictive check's " + spec.predictiveDraws() + " draws"
          : "more generations are needed; next, generation " + (g.index() + 1);
      out.println(merged + "; " + then + ": run calibrate --resume " + folder + " --shard i/"
          + shards + " for i = 1 to " + shards + ", then --merge again.");
      out.flush();
      return 0;
    }
  }

  /** Progress lines on standard error, one every tenth of the runs, unless quiet. */
  private Runnable progress(int runs) {
    return PosteriorCalibration.progress(err, quiet, runs / 10,
        done -> done + " of " + runs + " runs done");
  }

  private void say(String line) {
    if (!quiet) {
      err.println(line);
      err.flush();
    }
  }

  /**
   * The batch the calibration needs next: the next generation's while the sampler goes on,
   * then the predictive check's draws; empty when only the results are left to write.
   */
  private static Optional<Batch> next(Path folder, PosteriorSpec spec, AbcSmc engine,
      List<Generation> saved) {
    if (saved.isEmpty() || engine.stop(saved.get(saved.size() - 1)).isEmpty()) {
      AbcSmc.Proposal p = engine.propose(saved);
      return Optional.of(new Batch("generation " + p.generation(),
          PosteriorCsv.generationShards(folder, p.generation()), p.batch(), p));
    }
    if (spec.predictiveDraws() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Batch("the predictive check", PosteriorCsv.predictiveShards(folder),
        engine.posteriorDraws(saved.get(saved.size() - 1), spec.predictiveDraws()), null));
  }

  /** How many shards the batch was split into, from the names of its shard files. */
  private static int shardCount(Path folder, Batch batch) throws IOException {
    List<Shard> found = PosteriorCsv.shardsIn(batch.dir());
    TreeSet<Integer> counts = found.stream().map(Shard::count)
        .collect(Collectors.toCollection(TreeSet::new));
    if (counts.isEmpty()) {
      throw new UserInputException("--merge " + folder + ": no shard of " + batch.name()
          + " is there yet (" + batch.dir() + " holds no shard-i-of-n.csv); run calibrate"
          + " --resume " + folder + " --shard i/n for i = 1 to n first, then merge.");
    }
    if (counts.size() > 1) {
      throw new UserInputException("--merge " + folder + ": " + batch.dir() + " holds shards"
          + " of different splits (" + found.stream().map(s -> PosteriorCsv.shardFile(
              batch.dir(), s).getFileName().toString()).collect(Collectors.joining(", "))
          + "); delete the files of all splits but one, run its missing shards, then merge.");
    }
    int n = counts.first();
    List<Integer> missing = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      if (!Files.isRegularFile(PosteriorCsv.shardFile(batch.dir(), new Shard(i, n, true)))) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      String which = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
      throw new UserInputException("--merge " + folder + ": " + batch.name() + " cannot be"
          + " merged yet: " + (missing.size() == 1 ? "shard " + which + " of " + n + " is"
              : "shards " + which + " of " + n + " are") + " missing from " + batch.dir()
          + "; run calibrate --resume " + folder + (missing.size() == 1 ? " --shard "
              + which + "/" + n : " --shard i/" + n + " for i = " + which)
          + " (or wait for " + (missing.size() == 1 ? "it" : "them") + " to finish), then"
          + " merge.");
    }
    return n;
  }

  /**
   * The batch's simulated targets in batch order, from its {@code n} shard files, each checked
   * to hold exactly its shard's candidates of this batch.
   */
  private static List<double[]> joined(Path folder, PosteriorSpec spec, Batch batch, int n) {
    double[][] simulated = new double[batch.candidates().size()][];
    for (int i = 1; i <= n; i++) {
      Shard shard = new Shard(i, n, true);
      Path file = PosteriorCsv.shardFile(batch.dir(), shard);
      PosteriorCsv.ShardRows rows;
      try {
        rows = PosteriorCsv.readShard(file, spec.keys(), targetIds(spec));
      } catch (IOException e) {
        throw damaged(folder, file, shard, e.getMessage());
      }
      List<Integer> mine = shard.indices(simulated.length);
      if (rows.candidates().size() != mine.size()) {
        throw damaged(folder, file, shard, "it holds " + rows.candidates().size()
            + " candidates, not " + mine.size());
      }
      for (int r = 0; r < mine.size(); r++) {
        Candidate expected = batch.candidates().get(mine.get(r));
        Candidate found = rows.candidates().get(r);
        if (found.index() != expected.index() || found.seed() != expected.seed()
            || !Arrays.equals(found.theta(), expected.theta())) {
          throw damaged(folder, file, shard, "row " + (r + 1) + " is not candidate "
              + expected.index() + " of " + batch.name() + " of this calibration");
        }
        simulated[mine.get(r)] = rows.simulated().get(r);
      }
    }
    return Arrays.asList(simulated);
  }

  private static UserInputException damaged(Path folder, Path file, Shard shard,
      String why) {
    return new UserInputException("--merge " + folder + ": " + file + " cannot be used ("
        + why + "); delete it, run calibrate --resume " + folder + " --shard " + shard.index()
        + "/" + shard.count() + " again, then merge.");
  }

  /**
   * Sets up a new or empty folder for the calibration of {@code spec} (two shards doing so at
   * once write the same bytes), or checks that a folder set up already holds this calibration.
   */
  private static void prepare(Path folder, PosteriorSpec spec) throws IOException {
    Path copy = folder.resolve(PosteriorCalibration.FILE_COPY);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UserInputException("--resume " + folder + " is a file; give the folder every"
          + " shard of the calibration shares (a new or empty one for a new calibration).");
    }
    if (Files.isRegularFile(copy)) {
      if (!Files.readString(copy).equals(spec.text())) {
        throw new UserInputException("--resume " + folder + " holds a calibration started"
            + " from another calibration file than " + spec.file() + " (its "
            + PosteriorCalibration.FILE_COPY + " differs); give that folder's own shards"
            + " without --posterior, or a new folder for this file.");
      }
      return;
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> entries = Files.list(folder)) {
        List<String> other = entries.map(p -> p.getFileName().toString())
            .filter(name -> !name.equals(FolderLock.FILE)).sorted().toList();
        if (!other.isEmpty()) {
          throw new UserInputException("--resume " + folder + " holds other files ("
              + String.join(", ", other.subList(0, Math.min(3, other.size())))
              + (other.size() > 3 ? ", ..." : "") + ") and no " + PosteriorCalibration.FILE_COPY
              + ": it is not a calibration's folder; give a new or empty folder.");
        }
      }
    }
    FolderLock.claim(folder);
    AtomicFiles.writeString(copy, spec.text());
  }

  private static List<String> targetIds(PosteriorSpec spec) {
    return spec.targets().stream().map(ObservedTarget::id).toList();
  }
}
