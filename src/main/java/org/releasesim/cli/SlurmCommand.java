package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.releasesim.app.PosteriorShards;
import org.releasesim.app.SweepLauncher;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.posterior.AbcSettings;
import org.releasesim.experiment.posterior.PosteriorFileReader;
import org.releasesim.experiment.posterior.PosteriorSpec;
import org.releasesim.experiment.slurm.SlurmJob;
import org.releasesim.experiment.slurm.SlurmScripts;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.FolderLock;
import org.releasesim.output.sweep.SweepFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code release-sim slurm FILE --shards N}: scripts that run a sweep on a Slurm cluster; with
 * {@code --posterior FILE}, a posterior calibration.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
    description = {"Claim a new sweep folder <out>/<sweep-name>/<run-id>/ and write Slurm scripts"
        + " into its slurm/: a job array (array.sbatch) whose task i runs 'sweep FILE --shard"
        + " i/N --resume <sweep folder>' (shards numbered from 1), a merge job (merge.sbatch)"
        + " that runs 'merge <sweep folder>' after every task succeeded, and submit.sh, which"
        + " submits both. Nothing is submitted: run submit.sh.",
        "With --posterior FILE instead of a sweep file: claim a new calibration folder"
            + " <out>/calibration/<name>/<run-id>/ (out: results unless given) and write the same"
            + " three scripts for one batch at a time: task i runs 'calibrate --resume <folder>"
            + " --shard i/N' on the calibration's next batch, and the merge job runs"
            + " 'calibrate --resume <folder> --merge', then submits the next batch's array and"
            + " merge itself (submit.sh, so nodes must be able to run sbatch) until the"
            + " calibration is complete. One submit runs the whole calibration."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scripts written", "1:internal error",
        "2:bad sweep or calibration file, or option"})
public final class SlurmCommand implements Callable<Integer> {
  private static final String SLURM_WORD = "[A-Za-z0-9_.:,+-]+";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "The sweep file (YAML).")
  Path file;

  @Option(names = "--posterior", paramLabel = "FILE", description = "A posterior calibration"
      + " file (as calibrate --posterior takes) instead of a sweep file.")
  Path posterior;

  @Option(names = "--shards", required = true, paramLabel = "N",
      description = "Array tasks, one shard of the runs (of each batch, with --posterior)"
          + " each.")
  int shards;

  @Option(names = "--partition", paramLabel = "P", description = "Slurm partition.")
  String partition;

  @Option(names = "--time", paramLabel = "T", description = "Time limit per task, e.g. 02:00:00.")
  String time;

  @Option(names = "--mem", paramLabel = "M", description = "Memory per task, e.g. 4G.")
  String mem;

  @Option(names = "--cpus-per-task", defaultValue = "1", paramLabel = "C",
      description = "Cores per task, used as its --threads (default: ${DEFAULT-VALUE}).")
  int cpus;

  @Option(names = "--out", paramLabel = "DIR", description = "Parent folder of the sweep's"
      + " folders (default: results/sweeps; with --posterior: results, whose calibration/ holds"
      + " the calibration's folder, as for calibrate); must be on a file system every node"
      + " sees.")
  Path out;

  @Option(names = "--launcher", paramLabel = "COMMAND", description = "Shell command that"
      + " starts release-sim in the jobs (default: this java with this jar, absolute paths).")
  String launcher;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    if (posterior != null) {
      return posterior();
    }
    SweepPlan plan = SweepPlanner.plan(new SweepFileReader().read(file), true);
    Path root = out != null ? out : Path.of("results", "sweeps");
    // the folder is claimed now, so that every task and the merge share it
    Path sweepDir = SweepFolder.create(root.toAbsolutePath().normalize(), plan.name(),
        plan.masterSeed(), Clock.systemUTC()).dir();
    // claimed, so that the shards and the merge know it for release-sim's
    FolderLock.claim(sweepDir);
    SlurmJob job = job(SlurmJob.Kind.SWEEP, plan.name(), file, sweepDir);
    Path submit = writeScripts(job);
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf("%s: %d runs in %d shards of about %d runs.%n", plan.name(), plan.runCount(),
        shards, (plan.runCount() + shards - 1) / shards);
    printer.println("Scripts in " + submit.getParent() + "; submit with:");
    printer.println("  bash " + submit);
    printer.println("Results (after the merge job) in " + job.sweepDir());
    printer.flush();
    return ExitCodes.OK;
  }

  private int posterior() throws IOException {
    PosteriorSpec calibration = new PosteriorFileReader().read(posterior);
    Path root = (out != null ? out : Path.of("results")).toAbsolutePath().normalize();
    // claimed with the calibration file copied in, so that every step shares the folder
    Path folder = PosteriorShards.claim(calibration, root);
    SlurmJob job = job(SlurmJob.Kind.POSTERIOR, calibration.name(), posterior, folder);
    Path submit = writeScripts(job);
    AbcSettings s = calibration.settings();
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf("%s: up to %d generations of %d runs, then %d predictive draws; each batch"
        + " in %d shards of about %d runs, merged by a job that submits the next batch.%n",
        calibration.name(), s.generations(), s.batch(), calibration.predictiveDraws(), shards,
        (s.batch() + shards - 1) / shards);
    printer.println("Scripts in " + submit.getParent() + "; submit once with:");
    printer.println("  bash " + submit);
    printer.println("Results (after the last merge job) in " + folder);
    printer.flush();
    return ExitCodes.OK;
  }

  private SlurmJob job(SlurmJob.Kind kind, String name, Path input, Path dir) {
    return new SlurmJob(kind, name, input.toAbsolutePath().normalize(), dir, shards, cpus,
        partition, time, mem, launcher == null ? SweepLauncher.detect() : launcher,
        Path.of("").toAbsolutePath());
  }

  /** Writes the three scripts into the job's slurm/ folder; returns submit.sh. */
  private static Path writeScripts(SlurmJob job) throws IOException {
    Path dir = Files.createDirectories(job.scriptDir().resolve("logs")).getParent();
    AtomicFiles.writeString(dir.resolve(SlurmScripts.ARRAY), SlurmScripts.array(job));
    AtomicFiles.writeString(dir.resolve(SlurmScripts.MERGE), SlurmScripts.merge(job));
    Path submit = dir.resolve(SlurmScripts.SUBMIT);
    AtomicFiles.writeString(submit, SlurmScripts.submit(job));
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    return submit;
  }

  private void checkOptions() {
    if ((file == null) == (posterior == null)) {
      throw new UserInputException(file == null ? "slurm needs a sweep file (slurm FILE"
          + " --shards N) or a posterior calibration file (slurm --posterior FILE --shards N)."
          : "slurm takes a sweep file or --posterior FILE, not both: give " + file + " or "
          + posterior + ".");
    }
    if (shards < 1 || shards > 100_000 || cpus < 1 || cpus > 1024) {
      throw new UserInputException("--shards must be 1 to 100000 and --cpus-per-task 1 to"
          + " 1024.");
    }
    for (String[] option : new String[][] {{"--partition", partition}, {"--time", time},
        {"--mem", mem}}) {
      if (option[1] != null && !option[1].matches(SLURM_WORD)) {
        throw new UserInputException(option[0] + " '" + option[1] + "': allowed are letters,"
            + " digits and . _ : , + - (as Slurm writes partitions, times and sizes).");
      }
    }
  }
}
