package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.releasesim.app.PosteriorCalibration;
import org.releasesim.app.PosteriorShards;
import org.releasesim.app.PosteriorSimulation;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.calibration.Calibration;
import org.releasesim.experiment.calibration.CalibrationDesign;
import org.releasesim.experiment.calibration.CalibrationExit;
import org.releasesim.experiment.calibration.CalibrationResult;
import org.releasesim.experiment.calibration.CalibrationSteadyState;
import org.releasesim.experiment.calibration.CalibrationTable;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.calibration.CalibrationFiles;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code release-sim calibrate}: runs the calibration county, prints every target with the
 * model's value, its 95% interval and pass/fail, and the steady-state checks of its key series,
 * and writes the report with the re-arrest chart and the same checks
 * into a new folder {@code results/calibration/<run-id>/}, named as a run's is. The tracked
 * {@code docs/calibration.md} is rewritten only when asked for, with
 * {@code --out docs/calibration.md}: a calibration of other values (--set) or seeds must not
 * replace the documented one by accident.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Run the calibration county (US-average defaults, a jail that honours"
        + " detainers) for several replications and compare the model with the published"
        + " figures its defaults were fitted to: a prison-release cohort's re-arrest curve,"
        + " pretrial re-arrest, reporting, clearance, jail flows, detainer subjects without a"
        + " conviction.",
        "The full form writes calibration.md, with images/calibration-rearrest.png beside it,"
            + " into a new folder results/calibration/<run-id>/; --out docs/calibration.md"
            + " regenerates the documentation. The quick form prints only, unless --out is"
            + " given.",
        "With --posterior FILE, fits the parameters the calibration file names to its targets"
            + " by ABC-SMC (approximate Bayesian computation) and writes the posterior sample,"
            + " the generations, the parameter and predictive-check tables, charts and"
            + " report.md into results/calibration/<name>/<run-id>/ (see docs/uncertainty.md);"
            + " --resume continues an interrupted one.",
        "On several machines (see docs/uncertainty.md, On a cluster): calibrate --resume DIR"
            + " --shard i/n runs shard i of n of the calibration's next batch (a generation's"
            + " candidates, or the predictive check's draws) and writes its targets to"
            + " DIR/shards/; calibrate --resume DIR --merge joins a batch's n shards, saves the"
            + " generation and says what comes next, or writes the results once the sampler has"
            + " stopped. The files are byte-identical to an unsharded calibration's. The first"
            + " shard of a new calibration names the file too: --posterior FILE --shard i/n"
            + " --resume DIR (a new or empty folder); release-sim slurm --posterior FILE"
            + " writes scripts that run every step on a Slurm cluster."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every target passes; a posterior calibration, shard or merge finished"
        + " its step", "2:bad input; a merge with shards missing",
        "3:some target fails (the table says which)"})
public final class CalibrateCommand implements Callable<Integer> {
  /** Where reports go unless --out says otherwise: beside the runs, never over the docs. */
  private static final Path RESULTS = Path.of("results");
  private static final String REPORT = "calibration.md";
  private static final long DEFAULT_SEED = 20_260_501L;

  @Spec
  private CommandSpec spec;

  @Option(names = "--quick", description = "The small form CI runs (a county of 150,000, four"
      + " replications; under a minute), passing a target when its interval reaches the"
      + " tolerance band.")
  private boolean quick;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here (default:"
      + " results/calibration/<run-id>/calibration.md for the full form; none for --quick);"
      + " --out docs/calibration.md regenerates the documentation. With --posterior: the"
      + " results folder (default: results).")
  private Path out;

  @Option(names = "--posterior", paramLabel = "FILE", description = "Bayesian calibration"
      + " (ABC-SMC) as the calibration file says, such as"
      + " scenarios/calibration/posterior.yaml.")
  private Path posterior;

  @Option(names = "--resume", paramLabel = "DIR", description = "Continue an interrupted"
      + " posterior calibration from its last saved generation, in its folder; with --shard or"
      + " --merge, the folder every step of a sharded calibration shares.")
  private Path resume;

  @Option(names = "--shard", paramLabel = "i/n", description = "With --resume DIR: simulate"
      + " only shard i of n (from 1) of the posterior calibration's next batch, candidates"
      + " i-1, i-1+n, ..., into DIR/shards/; then --merge. With --posterior FILE as well, a"
      + " new or empty DIR is set up for FILE's calibration.")
  private String shard;

  @Option(names = "--merge", description = "With --resume DIR: join the shards of the posterior"
      + " calibration's next batch and complete it (save the generation, or write the results"
      + " once the sampler has stopped); prints what comes next.")
  private boolean merge;

  @Option(names = "--simulate-at", paramLabel = "KEY=VALUE", description = "With --posterior:"
      + " run its calibration county once at these true values of its fitted parameters and"
      + " write --out FILE, the calibration file with the run's figures as the targets' values"
      + " (each keeps its se or range); 'prior' draws the parameters not given from their"
      + " priors. --seed is the run's seed (default: the file's seed). Repeatable.")
  private List<String> simulateAt = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the first replication;"
      + " replication r uses N + r (default: ${DEFAULT-VALUE}).", defaultValue = "20260501")
  private long seed = DEFAULT_SEED;

  @Option(names = "--replications", paramLabel = "R",
      description = "Replications (at least 2; default 8, or 4 with --quick).")
  private Integer replications;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
      description = "Replications run at once (default: ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Calibrate other values than"
      + " the defaults, e.g. --set population.propensityShape=0.2. Repeatable.")
  private List<String> overrides = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws IOException {
    if (!simulateAt.isEmpty()) {
      return simulate();
    }
    if (posterior != null || resume != null || shard != null || merge) {
      return posterior();
    }
    CalibrationDesign design = design();
    if (threads < 1) {
      throw new UserInputException("--threads must be at least 1, not " + threads);
    }
    PrintWriter err = spec.commandLine().getErr();
    CalibrationResult result = Calibration.run(design, threads, done -> {
      if (!quiet) {
        err.printf("calibrate: replication %d of %d done%n", done, design.replications());
        err.flush();
      }
    });
    CalibrationTable.print(result, spec.commandLine().getOut());
    CalibrationSteadyState.print(result, spec.commandLine().getOut());
    Path report = out != null ? out : quick ? null : newReport();
    if (report != null) {
      CalibrationFiles.write(report, result, commandText());
      spec.commandLine().getOut().println("wrote " + report);
      spec.commandLine().getOut().flush();
    }
    return result.allPassed() ? ExitCodes.OK : CalibrationExit.TARGETS_FAILED;
  }

  private int posterior() throws IOException {
    if (threads < 1) {
      throw new UserInputException("--threads must be at least 1, not " + threads);
    }
    if (shard != null && merge) {
      throw new UserInputException("--shard and --merge are separate steps: run every shard"
          + " of a batch (--resume DIR --shard i/n), then --resume DIR --merge.");
    }
    if ((shard != null || merge) && resume == null) {
      throw new UserInputException((merge ? "--merge" : "--shard " + shard) + " needs"
          + " --resume DIR, the folder every shard of the calibration writes into and the merge"
          + " reads (for a new calibration's first shard a new or empty folder, with"
          + " --posterior FILE; release-sim slurm --posterior claims one and passes it).");
    }
    if (posterior != null && resume != null && shard == null) {
      throw new UserInputException("--posterior and --resume cannot be given together:"
          + " --resume reads the calibration file copied into the folder it continues (only"
          + " the first shard of a new calibration, --shard i/n, names the file as well).");
    }
    for (String option : List.of("--quick", "--replications", "--set", "--seed")) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new UserInputException(option + " does not apply to a posterior calibration:"
            + " the calibration file sets the county, the fixed overrides (set:) and the seed;"
            + " change them there.");
      }
    }
    if (resume != null && out != null) {
      throw new UserInputException("--out does not apply with --resume: the calibration"
          + " continues in the folder given.");
    }
    if (shard != null || merge) {
      PosteriorShards steps = new PosteriorShards(spec.commandLine().getOut(),
          spec.commandLine().getErr(), threads, quiet);
      return merge ? steps.merge(resume) : steps.step(resume, posterior, Shard.parse(shard));
    }
    PosteriorCalibration calibration = new PosteriorCalibration(spec.commandLine().getOut(),
        spec.commandLine().getErr(), threads, quiet);
    return resume != null ? calibration.resume(resume)
        : calibration.fresh(posterior, out != null ? out : RESULTS);
  }

  /** {@code --simulate-at}: data simulated at known values, written as a calibration file. */
  private int simulate() throws IOException {
    if (posterior == null) {
      throw new UserInputException("--simulate-at needs --posterior FILE: the calibration file"
          + " whose county is run and whose targets get the simulated values.");
    }
    for (String option : List.of("--resume", "--shard", "--merge", "--quick", "--replications",
        "--set")) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new UserInputException(option + " does not apply with --simulate-at, which runs"
            + " the calibration file's county once at the values given; fixed overrides go"
            + " under the file's set:.");
      }
    }
    boolean seeded = spec.commandLine().getParseResult().hasMatchedOption("--seed");
    return new PosteriorSimulation(spec.commandLine().getOut()).write(posterior, simulateAt,
        seeded ? seed : null, out, commandText());
  }

  /** {@code results/calibration/<run-id>/calibration.md}, its folder claimed for this run. */
  private Path newReport() throws IOException {
    return RunDirectory.create(RESULTS, "calibration", seed, Clock.systemUTC()).file(REPORT);
  }

  private CalibrationDesign design() throws IOException {
    try {
      CalibrationDesign d = quick ? CalibrationDesign.quick(seed) : CalibrationDesign.full(seed);
      if (replications != null) {
        d = d.withReplications(replications);
      }
      return overrides.isEmpty() ? d : d.withBase(overridden());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /** The defaults with the --set overrides, read through the scenario reader's checks. */
  private ScenarioParams overridden() throws IOException {
    Path file = Files.createTempFile("release-sim-calibrate", ".yaml");
    try {
      Files.writeString(file, "name: calibration\n");
      return new ScenarioReader().read(file, overrides).params();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The command line as the report records it: the original arguments without the options that
   * cannot change a number (progress and thread count).
   */
  private String commandText() {
    List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
    StringBuilder text = new StringBuilder("release-sim");
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--quiet") || a.startsWith("--threads=")) {
        continue;
      }
      if (a.equals("--threads")) {
        i++;
        continue;
      }
      text.append(' ').append(a);
    }
    return text.toString();
  }
}
