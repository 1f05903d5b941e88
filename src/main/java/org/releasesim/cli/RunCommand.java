package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.releasesim.app.Highlights;
import org.releasesim.app.OutputFault;
import org.releasesim.app.ResourceGuard;
import org.releasesim.app.RunExecution;
import org.releasesim.app.RunResumption;
import org.releasesim.app.SteadyStateWarnings;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.RunResult;
import org.releasesim.experiment.RunSize;
import org.releasesim.experiment.SteadyState;
import org.releasesim.output.FolderLock;
import org.releasesim.output.Provenance;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.RunManifest;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code release-sim run}: one simulation of a scenario, written as CSV tables and charts. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run one simulation of a scenario and write its outputs to"
        + " <out>/<scenario>/<run-id>/: manifest.json, scenario.yaml, timeseries.csv,"
        + " summary.csv, stationarity.csv, charts/ and index.html; COMPLETE is written last.",
        "Warns on standard error for each key series that still trends (its mean over the"
            + " last 3 years more than 3%% from the first 3 years', and by more than chance"
            + " explains): the warm-up was too short, or the model still drifts.",
        "A new run never overwrites an earlier one. With --checkpoint-every, a run killed"
            + " part-way (or stopped by a full disk) can be finished with --resume <run"
            + " folder>, and ends byte-identical to a run never stopped; one process at a time"
            + " writes a run folder."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run finished", "1:internal error", "2:bad scenario or option; a run"
        + " folder that cannot be resumed or is in use; a full disk or read-only output; too"
        + " little memory"})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (YAML). Not used with --resume.")
  Path scenario;

  @Mixin
  ScenarioOverrides overrides;


  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Folder for results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  QuietOption quiet;

  @Option(names = "--checkpoint-every", paramLabel = "DAYS",
      description = "Write a checkpoint (MASON serialisation) every DAYS simulated days;"
          + " the run folder keeps the latest two.")
  Double checkpointEvery;

  @Option(names = "--resume", paramLabel = "RUN_DIR",
      description = "Finish an interrupted run from its last checkpoint.")
  Path resume;

  @Option(names = "--check-invariants",
      description = "Check person conservation and flow balances at every output interval.")
  boolean checkInvariants;

  @Override
  public Integer call() throws IOException {
    validateOptions();
    return resume != null ? resumeRun() : freshRun();
  }

  // the lock is held for the try block and never used in it
  @SuppressWarnings("try")
  private int freshRun() throws IOException {
    LoadedScenario loaded = new ScenarioReader().readWith(scenario, overrides.forReader());
    checkMemory(RunSize.of(loaded.params()), loaded.name());
    RunDirectory dir = newFolder(loaded);
    try (FolderLock lock = lockFolder(dir, "Give --out a folder you can write to.")) {
      RunManifest started = RunManifest.started(Provenance.current(
          spec.commandLine().getParseResult().originalArgs(), 1), loaded.name(),
          String.valueOf(scenario), loaded.resolvedYaml(), loaded.params().seed(),
          Instant.now());
      RunExecution execution = RunExecution.fresh(new RunExecution.Started(dir, started,
          loaded));
      return execute(execution.checkpointEvery(checkpointEvery == null ? 0 : checkpointEvery));
    }
  }

  // the lock is held for the try block and never used in it
  @SuppressWarnings("try")
  private int resumeRun() throws IOException {
    RunDirectory dir = RunResumption.folder(resume);
    try (FolderLock lock = lockFolder(dir, "The run cannot continue there: make the folder"
        + " writable, or copy it to a folder you can write to and resume the copy.")) {
      // no variable holds the checkpoint: its model must be garbage once the run has taken it
      RunExecution execution = RunExecution.resume(RunResumption.open(dir,
          size -> checkMemory(size, dir.scenarioName())));
      if (checkpointEvery != null) {
        execution.checkpointEvery(checkpointEvery);
      }
      return execute(execution);
    }
  }

  private int execute(RunExecution execution) {
    // a damaged checkpoint passed over is news even in a quiet run
    execution.warnings().forEach(spec.commandLine().getErr()::println);
    spec.commandLine().getErr().flush();
    RunExecution.Finished finished = execution.quiet(quiet.on()).checkInvariants(checkInvariants)
        .execute();
    warn(finished.steadyState());
    report(spec.commandLine().getOut(), execution.directory(), finished);
    return ExitCodes.OK;
  }

  private static void checkMemory(RunSize size, String name) {
    ResourceGuard.checkMemory(size, name, Runtime.getRuntime().maxMemory());
  }

  /** A new folder for the run under --out; nothing is written if it cannot be made. */
  private RunDirectory newFolder(LoadedScenario loaded) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserInputException("--out " + out + " is a file, not a folder. Give --out the"
          + " folder that is to hold the results (it is created if missing).");
    }
    try {
      return RunDirectory.create(out, loaded.name(), loaded.params().seed(), Clock.systemUTC());
    } catch (IOException e) {
      throw OutputFault.userError(e, "Nothing was written. Give --out a folder you can write"
          + " to (it is created if missing).");
    }
  }

  /** The run's folder, locked against a second process (a run --resume of it). */
  private static FolderLock lockFolder(RunDirectory dir, String advice) {
    try {
      return FolderLock.acquire(dir.path(), "run");
    } catch (IOException e) {
      throw OutputFault.userError(e, advice);
    }
  }

  private void validateOptions() {
    if (resume == null && scenario == null) {
      throw new UserInputException("run needs a SCENARIO file, or --resume RUN_DIR to finish"
          + " an interrupted run.");
    }
    if (resume != null && (scenario != null || overrides.any())) {
      throw new UserInputException("--resume " + resume + " continues the run as it was"
          + " started: give no SCENARIO, --seed or --set with it.");
    }
    if (checkpointEvery != null && !(checkpointEvery >= 1 && checkpointEvery <= 36_525)) {
      throw new UserInputException("--checkpoint-every " + checkpointEvery
          + " is out of range; allowed: a number of simulated days from 1 to 36525.");
    }
  }

  /** One line on standard error per key series that still trends, unless --quiet. */
  private void warn(SteadyState steady) {
    if (quiet.on()) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    SteadyStateWarnings.of(steady).forEach(err::println);
    err.flush();
  }

  private void report(PrintWriter pw, RunDirectory dir, RunExecution.Finished finished) {
    if (!quiet.on()) {
      RunResult r = finished.result();
      pw.printf(Locale.ROOT, "%s: %,d person events in %.1f s%n", dir.scenarioName(),
          r.events(), r.wallSeconds());
      pw.println(Highlights.of(r));
      SteadyState steady = finished.steadyState();
      if (steady.allPass() && !steady.rows().isEmpty()) {
        pw.println(SteadyStateWarnings.allPass(steady));
      }
      if (checkInvariants) {
        // silence would not tell a run whose checks passed from one that made none
        pw.printf(Locale.ROOT, "invariants: %,d checks passed%n", r.invariantChecks());
      }
    }
    pw.println(dir.path());
    pw.flush();
  }
}
