package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.releasesim.experiment.RunResult;
import org.releasesim.experiment.SteadyState;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.RunManifest;
import org.releasesim.output.RuntimeInfo;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
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
            + " part-way can be finished with --resume <run folder>, and ends byte-identical"
            + " to a run never stopped."})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (YAML). Not used with --resume.")
  Path scenario;

  @Option(names = "--seed", paramLabel = "N",
      description = "Master seed (0 to 2147483647); overrides the scenario's seed.")
  Long seed;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a scenario key, e.g. --set jurisdictions[0].policy=NOTIFY_ONLY."
          + " Repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Folder for results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--quiet", description = "No progress line and no steady-state warnings;"
      + " print only where results went.")
  boolean quiet;

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
    RunExecution execution = resume != null
        ? RunExecution.resume(RunDirectory.existing(resume, Clock.systemUTC()))
        : RunExecution.fresh(startRun());
    // a damaged checkpoint passed over is news even in a quiet run
    execution.warnings().forEach(spec.commandLine().getErr()::println);
    spec.commandLine().getErr().flush();
    execution.quiet(quiet).checkInvariants(checkInvariants)
        .checkpointEvery(checkpointEvery == null ? execution.checkpointEvery() : checkpointEvery);
    ResourceGuard.checkMemory(execution.params(), execution.name(),
        Runtime.getRuntime().maxMemory());
    RunExecution.Finished finished = execution.execute();
    warn(finished.steadyState());
    report(spec.commandLine().getOut(), execution.directory(), finished);
    return ExitCodes.OK;
  }

  private void validateOptions() {
    if (resume == null && scenario == null) {
      throw new UserInputException("run needs a SCENARIO file, or --resume RUN_DIR to finish"
          + " an interrupted run.");
    }
    if (resume != null && (scenario != null || seed != null || !overrides.isEmpty())) {
      throw new UserInputException("--resume " + resume + " continues the run as it was"
          + " started: give no SCENARIO, --seed or --set with it.");
    }
    if (checkpointEvery != null && !(checkpointEvery >= 1 && checkpointEvery <= 36_525)) {
      throw new UserInputException("--checkpoint-every " + checkpointEvery
          + " is out of range; allowed: a number of simulated days from 1 to 36525.");
    }
  }

  private RunExecution.Started startRun() throws IOException {
    List<String> sets = new ArrayList<>(overrides);
    if (seed != null) {
      sets.add("seed=" + seed);
    }
    LoadedScenario loaded = new ScenarioReader().read(scenario, sets);
    ResourceGuard.checkMemory(loaded.params(), loaded.name(), Runtime.getRuntime().maxMemory());
    RunDirectory dir = RunDirectory.create(out, loaded.name(), loaded.params().seed(),
        Clock.systemUTC());
    RunManifest started = RunManifest.started(RuntimeInfo.toolVersion(), GitCommit.describe(),
        spec.commandLine().getParseResult().originalArgs(), loaded.name(),
        String.valueOf(scenario), loaded.resolvedYaml(), loaded.params().seed(), Instant.now());
    return new RunExecution.Started(dir, started, loaded);
  }

  /** One line on standard error per key series that still trends, unless --quiet. */
  private void warn(SteadyState steady) {
    if (quiet) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    SteadyStateWarnings.of(steady).forEach(err::println);
    err.flush();
  }

  private void report(PrintWriter pw, RunDirectory dir, RunExecution.Finished finished) {
    if (!quiet) {
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
