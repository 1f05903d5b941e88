package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.experiment.sweep.SweepSpec;
import org.releasesim.output.sweep.SweepFolder;
import org.releasesim.output.sweep.SweepProvenance;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code release-sim sweep FILE}: runs a sweep file's design, replicates and all. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Run every design point of a sweep file, with its replicates, on all cores;"
        + " stream one row per run to runs.csv and write points.csv (mean and 95%% t interval"
        + " per point and outcome), sensitivity indices, charts, index.html and manifest.json"
        + " to <out>/<sweep-name>/. See docs/experiments.md."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the sweep (or shard) finished", "1:internal error",
        "2:bad sweep file, scenario, option or folder"})
public final class SweepCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The sweep file (YAML).")
  Path file;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all"
      + " cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--resume", description = "Continue an unfinished sweep in its folder,"
      + " keeping the runs already in runs.csv (starts afresh if there is none).")
  boolean resume;

  @Option(names = "--force", description = "Replace a finished or unfinished sweep folder.")
  boolean force;

  @Option(names = "--shard", paramLabel = "i/n", description = "Run only shard i of n (from"
      + " 1), into <out>/<sweep-name>/shards/shard-i-of-n/; combine with merge.")
  String shard;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/sweeps",
      description = "Parent folder of the sweep folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter printer = spec.commandLine().getOut();
    if (threads != null && threads < 1) {
      throw new UserInputException("--threads " + threads + ": give at least 1.");
    }
    Shard part = shard == null ? Shard.WHOLE : Shard.parse(shard);
    SweepSpec sweep = new SweepFileReader().read(file);
    SweepPlan plan = SweepPlanner.plan(sweep, true);
    SweepFolder folder = SweepFolder.of(out, plan.name(), part);
    if (resume && !force && folder.isComplete()) {
      printer.println("Nothing to do: " + folder.dir() + " is finished.");
      return ExitCodes.OK;
    }
    LoadedScenario base = new ScenarioReader().read(sweep.base(), sweep.baseOverrides());
    int workers = SweepMemory.threads(threads, base.params(), Runtime.getRuntime().maxMemory(),
        printer::println);
    String baseYaml = base.resolvedYaml();
    boolean continuing = folder.prepare(resume, force, sweep.text(), baseYaml);
    SweepProvenance who = new SweepProvenance(VersionProvider.version(), GitCommit.describe(),
        commandLine(), workers);
    SweepSession session = new SweepSession(plan, folder, part,
        file.toAbsolutePath().normalize().toString(), sweep.text(), who);
    printer.printf("%s: %d points x %d replicates = %d runs%s%s%n", plan.name(),
        plan.pointCount(), plan.replications(), plan.runCount(),
        part.isWhole() ? "" : ", shard " + shard + " of them", continuing ? " (resuming)" : "");
    printer.flush();
    SweepSession.Timing timing = session.execute(!continuing, quiet ? null : System.err);
    printer.println(timing.throughput(workers));
    printer.flush();
    SweepAnalysis analysis = session.finish(timing, List.of(), false);
    if (analysis != null) {
      analysis.precision().forEach(p -> printer.println(p.sentence()));
    }
    printer.println((part.isWhole() ? "Results in " : "Shard done in ") + folder.dir());
    printer.flush();
    return ExitCodes.OK;
  }

  private List<String> commandLine() {
    List<String> args = new ArrayList<>(List.of("release-sim"));
    args.addAll(spec.commandLine().getParseResult().originalArgs());
    return args;
  }
}
