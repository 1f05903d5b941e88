package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.releasesim.app.OutputFault;
import org.releasesim.app.SweepSession;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.output.FolderLock;
import org.releasesim.output.Provenance;
import org.releasesim.output.sweep.ShardMerge;
import org.releasesim.output.sweep.SweepFolder;
import org.releasesim.output.sweep.SweepManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code release-sim merge DIR}: combines a sweep's shards and writes its results. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Combine the shards of a sweep (DIR/shards/shard-i-of-n/, from sweep"
        + " --shard i/n) into DIR/runs.csv and compute every statistic, chart and report from it;"
        + " the files are byte-identical to those of the same sweep run unsharded (the manifest"
        + " aside)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:merged", "1:internal error", "2:shards missing, unfinished, mixed or"
        + " changed; a folder in use, or holding other files; a full disk or read-only output"})
public final class MergeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The sweep folder the shards"
      + " were run into (their --resume folder).")
  Path dir;

  @Override
  // the lock is held for the try block and never used in it
  @SuppressWarnings("try")
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UserInputException(dir + " is not a folder; give the sweep folder the shards"
          + " were run into (their --resume folder).");
    }
    SweepFolder root = SweepFolder.at(dir);
    try (FolderLock lock = root.lockForMerge()) {
      return merge(root);
    } catch (IOException | UncheckedIOException e) {
      throw OutputFault.userError(e, fault -> "The merge into " + dir + " stopped; the shards"
          + " are untouched. " + fault.cure() + ", then merge again.");
    }
  }

  private int merge(SweepFolder root) throws IOException {
    List<Path> shards = ShardMerge.checkedShards(root);
    Path first = shards.get(0);
    String text = Files.readString(first.resolve(SweepFolder.SWEEP));
    String sweepFile = SweepManifest.read(first.resolve(SweepManifest.FILE)).sweepFile();
    SweepPlan plan = SweepPlanner.plan(new SweepFileReader().parse(text, Path.of(sweepFile)),
        false);
    long start = System.nanoTime();
    ShardMerge.combine(root, shards, plan);
    List<String> args = new ArrayList<>(List.of("release-sim"));
    args.addAll(spec.commandLine().getParseResult().originalArgs());
    Provenance who = Provenance.current(args, 1);
    SweepSession session = new SweepSession(plan, root, Shard.WHOLE, sweepFile, text, who);
    double seconds = (System.nanoTime() - start) / 1e9;
    session.finish(new SweepSession.Timing(0, seconds, Double.NaN), List.of(), false);
    PrintWriter printer = spec.commandLine().getOut();
    printer.println("Merged " + shards.size() + " shards, " + plan.runCount() + " runs: results"
        + " in " + dir);
    printer.flush();
    return ExitCodes.OK;
  }
}
