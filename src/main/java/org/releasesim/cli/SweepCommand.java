package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.releasesim.app.OutputFault;
import org.releasesim.app.SweepMemory;
import org.releasesim.app.SweepSession;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.sweep.LargestRun;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.experiment.sweep.SweepSpec;
import org.releasesim.output.FolderLock;
import org.releasesim.output.Provenance;
import org.releasesim.output.sweep.SweepFolder;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code release-sim sweep FILE}: runs a sweep file's design, replicates and all. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Run every design point of a sweep file, with its replicates, on all cores;"
        + " stream one row per run to runs.csv and write points.csv (mean and 95%% t interval"
        + " per point and outcome), sensitivity indices, charts, index.html and manifest.json"
        + " to a new folder <out>/<sweep-name>/<run-id>/ (named as runs are). See"
        + " docs/experiments.md."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the sweep (or shard) finished", "1:internal error",
        "2:bad sweep file, scenario or option; a folder in use, or holding other files; a full"
            + " disk or read-only output; too little memory"})
public final class SweepCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The sweep file (YAML).")
  Path file;

  @Mixin
  WorkerThreads threads;

  @Option(names = "--resume", paramLabel = "SWEEP_DIR", description = "Continue the sweep in"
      + " SWEEP_DIR (the folder the sweep printed), keeping the runs already in runs.csv; the"
      + " sweep starts there if the folder holds none yet, so that shards can share one.")
  Path resume;

  @Option(names = "--shard", paramLabel = "i/n", description = "Run only shard i of n (from"
      + " 1), into SWEEP_DIR/shards/shard-i-of-n/ (needs --resume SWEEP_DIR, the folder every"
      + " shard shares); combine with merge SWEEP_DIR.")
  String shard;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/sweeps",
      description = "Parent folder of the sweep's folders (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  QuietOption quiet;

  @Override
  // the lock is held for the try block and never used in it
  @SuppressWarnings("try")
  public Integer call() throws IOException {
    PrintWriter printer = spec.commandLine().getOut();
    Shard part = checkedShard();
    SweepSpec sweep = new SweepFileReader().read(file);
    SweepPlan plan = SweepPlanner.plan(sweep, true);
    if (resume != null && SweepFolder.at(resume).shard(part).isComplete()) {
      printer.println("Nothing to do: " + SweepFolder.at(resume).shard(part).dir()
          + " is finished.");
      return ExitCodes.OK;
    }
    LoadedScenario base = new ScenarioReader().read(sweep.base(), sweep.baseOverrides());
    int workers = SweepMemory.threads(threads.requested(), LargestRun.of(plan, base.params()),
        Runtime.getRuntime().maxMemory(), printer::println);
    SweepFolder folder = resume != null ? SweepFolder.at(resume).shard(part) : newFolder(plan);
    try (FolderLock lock = folder.lock("sweep")) {
      return run(printer, part, sweep, plan, base, workers, folder);
    } catch (IOException | UncheckedIOException e) {
      String again = "release-sim sweep " + file + " --resume " + (resume != null ? resume
          : folder.dir()) + (part.isWhole() ? "" : " --shard " + shard);
      throw OutputFault.userError(e, fault -> "The sweep in " + folder.dir() + " stopped; the"
          + " runs it recorded are kept. " + fault.cure() + ", then continue it with: " + again
          + ".");
    }
  }

  private int run(PrintWriter printer, Shard part, SweepSpec sweep, SweepPlan plan,
      LoadedScenario base, int workers, SweepFolder folder) throws IOException {
    boolean continuing = folder.prepare(sweep.text(), base.resolvedYaml());
    Provenance who = Provenance.current(commandLine(), workers);
    SweepSession session = new SweepSession(plan, folder, part,
        file.toAbsolutePath().normalize().toString(), sweep.text(), who);
    printer.printf("%s: %d points x %d replicates = %d runs%s%s, in %s%n", plan.name(),
        plan.pointCount(), plan.replications(), plan.runCount(),
        part.isWhole() ? "" : ", shard " + shard + " of them", continuing ? " (resuming)" : "",
        folder.dir());
    printer.flush();
    SweepSession.Timing timing = session.execute(!continuing, quiet.on() ? null : System.err);
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

  /** A new folder for the sweep under --out; nothing is written if it cannot be made. */
  private SweepFolder newFolder(SweepPlan plan) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserInputException("--out " + out + " is a file, not a folder. Give --out the"
          + " folder that is to hold the sweep's folder (it is created if missing).");
    }
    try {
      return SweepFolder.create(out, plan.name(), plan.masterSeed(), Clock.systemUTC());
    } catch (IOException e) {
      throw OutputFault.userError(e, "Nothing was written. Give --out a folder you can write"
          + " to (it is created if missing).");
    }
  }

  /** The shard asked for, checking the options that go with it. */
  private Shard checkedShard() {
    threads.requested();
    if (resume != null && Files.exists(resume) && !Files.isDirectory(resume)) {
      throw new UserInputException("--resume " + resume + " is a file; give the sweep's folder,"
          + " as the sweep printed it (<out>/<sweep-name>/<run-id>).");
    }
    if (resume != null && spec.commandLine().getParseResult().hasMatchedOption("--out")) {
      throw new UserInputException("--resume " + resume + " continues the sweep in that folder;"
          + " --out (where new sweeps go) does not apply to it: give one or the other.");
    }
    Shard part = shard == null ? Shard.WHOLE : Shard.parse(shard);
    if (!part.isWhole() && resume == null) {
      throw new UserInputException("--shard " + shard + " needs --resume SWEEP_DIR, the folder"
          + " that every shard of the sweep writes into and merge combines (release-sim slurm"
          + " chooses one and passes it): a shard of its own would start a new folder.");
    }
    return part;
  }

  private List<String> commandLine() {
    List<String> args = new ArrayList<>(List.of("release-sim"));
    args.addAll(spec.commandLine().getParseResult().originalArgs());
    return args;
  }
}
