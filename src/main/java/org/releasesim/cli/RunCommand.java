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
import org.releasesim.experiment.RunDriver;
import org.releasesim.experiment.RunProgress;
import org.releasesim.experiment.RunResult;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.RunManifest;
import org.releasesim.output.RunWriter;
import org.releasesim.output.RuntimeInfo;
import org.releasesim.output.TimeSeriesWriter;
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
        + " summary.csv, charts/ and index.html; COMPLETE is written last.",
        "A new run never overwrites an earlier one."})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
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

  @Option(names = "--quiet", description = "No progress line; print only where results went.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    List<String> sets = new ArrayList<>(overrides);
    if (seed != null) {
      sets.add("seed=" + seed);
    }
    LoadedScenario loaded = new ScenarioReader().read(scenario, sets);
    RunDirectory dir = RunDirectory.create(out, loaded.name(), loaded.params().seed(),
        Clock.systemUTC());
    RunManifest started = RunManifest.started(RuntimeInfo.toolVersion(), GitCommit.describe(),
        spec.commandLine().getParseResult().originalArgs(), loaded.name(),
        String.valueOf(scenario), loaded.resolvedYaml(), loaded.params().seed(), Instant.now());
    RunWriter writer = new RunWriter(Clock.systemUTC());
    writer.begin(dir, started);
    RunResult result;
    try (TimeSeriesWriter series = TimeSeriesWriter.open(dir.file(RunDirectory.TIMESERIES));
        ProgressLine progress = quiet ? null
            : new ProgressLine(loaded.name(), loaded.params().time().endDay(), System.err)) {
      result = RunDriver.run(loaded.params(), series,
          progress == null ? RunProgress.NONE : progress);
      series.commit();
    } catch (IOException | RuntimeException e) {
      writer.fail(dir, started);
      throw e;
    }
    writer.complete(dir, started, loaded.params().description(), result.summary());
    report(spec.commandLine().getOut(), dir, result);
    return ExitCodes.OK;
  }

  private void report(PrintWriter out, RunDirectory dir, RunResult r) {
    if (!quiet) {
      out.printf(Locale.ROOT, "%s: %,d person events in %.1f s%n", dir.scenarioName(),
          r.events(), r.wallSeconds());
      out.println(Highlights.of(r));
    }
    out.println(dir.path());
    out.flush();
  }
}
