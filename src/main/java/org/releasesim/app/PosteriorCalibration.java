package org.releasesim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.releasesim.experiment.posterior.AbcSmc;
import org.releasesim.experiment.posterior.CountySimulator;
import org.releasesim.experiment.posterior.Generation;
import org.releasesim.experiment.posterior.ParameterSummary;
import org.releasesim.experiment.posterior.PosteriorFileReader;
import org.releasesim.experiment.posterior.PosteriorSpec;
import org.releasesim.experiment.posterior.PredictiveCheck;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.FolderLock;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.posterior.PosteriorCharts;
import org.releasesim.output.posterior.PosteriorCsv;
import org.releasesim.output.posterior.PosteriorReport;
import org.releasesim.experiment.posterior.PosteriorResult;

/**
 * {@code release-sim calibrate --posterior FILE} (and {@code --resume DIR}) without picocli:
 * runs ABC-SMC on the
 * calibration county as the calibration file says, saving every generation as it completes, then
 * re-simulates posterior draws for the predictive check and writes the results folder
 * {@code <out>/calibration/<name>/<run-id>/}. An interrupted calibration continues from its last
 * saved generation and ends with the same files as one never stopped.
 */
public final class PosteriorCalibration {
  /** The calibration file as copied into the results folder, which --resume reads. */
  public static final String FILE_COPY = "calibration.yaml";
  /**
   * The command the report names: the one that repeats the calibration from its folder, the
   * same for a fresh and a resumed one (and without the thread count, which changes no number).
   */
  private static final String COMMAND = "release-sim calibrate --posterior " + FILE_COPY;

  private final PrintWriter out;
  private final PrintWriter err;
  private final int threads;
  private final boolean quiet;

  /** A calibration printing to {@code out} and, unless quiet, its progress to {@code err}. */
  public PosteriorCalibration(PrintWriter out, PrintWriter err, int threads, boolean quiet) {
    this.out = out;
    this.err = err;
    this.threads = threads;
    this.quiet = quiet;
  }

  /** A new calibration from {@code file}, its folder under {@code root}. */
  @SuppressWarnings("try")
  public int fresh(Path file, Path root) throws IOException {
    PosteriorSpec spec = new PosteriorFileReader().read(file);
    RunDirectory dir = RunDirectory.create(root.resolve("calibration"), spec.name(),
        spec.settings().seed(), Clock.systemUTC());
    try (FolderLock lock = FolderLock.acquire(dir.path(), "posterior calibration")) {
      AtomicFiles.writeString(dir.file(FILE_COPY), spec.text());
      return calibrate(spec, dir, List.of());
    }
  }

  /** Continues the calibration in {@code folder} from its last saved generation. */
  @SuppressWarnings("try")
  public int resume(Path folder) throws IOException {
    Path copy = checkedFolder(folder);
    RunDirectory dir = RunDirectory.existing(folder, Clock.systemUTC());
    try (FolderLock lock = FolderLock.acquire(folder, "posterior calibration")) {
      PosteriorSpec spec = new PosteriorFileReader().read(copy);
      List<Generation> saved = readSaved(folder, spec);
      if (!quiet) {
        err.printf("calibrate: resuming after generation %d%n", saved.size() - 1);
        err.flush();
      }
      return calibrate(spec, dir, saved);
    }
  }

  /**
   * The calibration file copied into {@code folder}, once the folder is checked to hold an
   * unfinished calibration.
   */
  static Path checkedFolder(Path folder) {
    Path copy = folder.resolve(FILE_COPY);
    if (!Files.isDirectory(folder) || !Files.isRegularFile(copy)) {
      throw new UserInputException("--resume " + folder + ": not the folder of a posterior"
          + " calibration (it holds no " + FILE_COPY + "); give the folder that calibrate"
          + " --posterior printed.");
    }
    if (RunDirectory.isComplete(folder)) {
      throw new UserInputException("--resume " + folder + ": this calibration finished"
          + " already (its COMPLETE marker is there); nothing to resume.");
    }
    return copy;
  }

  /** The generations saved in {@code folder}, the first first. */
  static List<Generation> readSaved(Path folder, PosteriorSpec spec) {
    try {
      return PosteriorCsv.readSaved(folder, spec.keys());
    } catch (IOException | RuntimeException e) {
      throw new UserInputException("--resume " + folder + ": its saved generations cannot"
          + " be read (" + e.getMessage() + "); start the calibration again.");
    }
  }

  private int calibrate(PosteriorSpec spec, RunDirectory dir, List<Generation> saved)
      throws IOException {
    CountySimulator county = new CountySimulator(spec, threads, progress(err, quiet,
        spec.settings().batch() / 10, done -> done + " runs done"));
    AbcSmc engine = spec.sampler();
    if (!quiet) {
      err.printf("calibrate: %d parameters, %d targets, a county of %,d; up to %d generations"
          + " of %d runs%n", spec.parameters().size(), spec.targets().size(), spec.population(),
          spec.settings().generations(), spec.settings().batch());
      err.flush();
    }
    List<Generation> all = new java.util.ArrayList<>(saved);
    List<Generation> gens = engine.run(county, saved, g -> {
      all.add(g);
      save(dir, spec, all, g);
      if (!quiet) {
        err.println("calibrate: " + describe(g));
        err.flush();
      }
    });
    Generation last = gens.get(gens.size() - 1);
    List<PredictiveCheck> checks = spec.predictiveDraws() == 0 ? List.of()
        : PredictiveCheck.run(engine, last, county, spec.predictiveDraws());
    return finish(spec, dir, engine, gens, checks);
  }

  /**
   * Told as each run finishes (from worker threads): a progress line on {@code err} after
   * every {@code every} runs (at least 1), unless quiet.
   */
  static Runnable progress(PrintWriter err, boolean quiet, int every,
      IntFunction<String> line) {
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, every);
    return () -> {
      int d = done.incrementAndGet();
      if (!quiet && d % step == 0) {
        synchronized (err) {
          err.println("calibrate: " + line.apply(d));
          err.flush();
        }
      }
    };
  }

  /** A generation as the progress lines name it: its tolerance, acceptance and ESS. */
  static String describe(Generation g) {
    return String.format(Locale.ROOT, "generation %d: tolerance %.4g, acceptance %.2f, ESS %.1f",
        g.index(), g.tolerance(), g.acceptanceRate(), g.ess()) + (g.unmeasured() == 0 ? ""
            : String.format(Locale.ROOT, "; %d of %d runs gave no value for some target",
                g.unmeasured(), g.proposals()));
  }

  /**
   * Writes the results of a calibration whose generations and predictive check are done, and
   * its COMPLETE marker: the same files whether the batches ran here or in shards.
   */
  int finish(PosteriorSpec spec, RunDirectory dir, AbcSmc engine, List<Generation> gens,
      List<PredictiveCheck> checks) throws IOException {
    Generation last = gens.get(gens.size() - 1);
    PosteriorResult result = new PosteriorResult(spec, gens,
        engine.stop(last).orElseThrow(), ParameterSummary.of(spec.parameters(), last), checks);
    PosteriorCsv.writePosterior(dir.file(PosteriorCsv.POSTERIOR), spec.keys(), last);
    PosteriorCsv.writeParameters(dir.file(PosteriorCsv.PARAMETERS), result.summaries());
    if (!checks.isEmpty()) {
      PosteriorCsv.writePredictive(dir.file(PosteriorCsv.PREDICTIVE), checks);
    }
    PosteriorCharts.write(dir.chartsDir(), result);
    AtomicFiles.writeString(dir.file(PosteriorReport.FILE), PosteriorReport.markdown(result,
        COMMAND));
    dir.markComplete();
    PosteriorReport.printTable(result, out);
    out.println("wrote " + dir.path());
    out.flush();
    return 0; // the command's exit code: the calibration finished
  }

  /** Saves a completed generation: its particles, then its row in generations.csv. */
  static void save(RunDirectory dir, PosteriorSpec spec, List<Generation> all,
      Generation g) {
    try {
      PosteriorCsv.writeSaved(dir.file(PosteriorCsv.SAVED), spec.keys(), g);
      PosteriorCsv.writeGenerations(dir.file(PosteriorCsv.GENERATIONS), all);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
