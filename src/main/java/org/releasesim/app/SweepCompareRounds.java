package org.releasesim.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.compare.AdaptiveReplications;
import org.releasesim.experiment.compare.CompareSweep;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunTable;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.experiment.sweep.SweepSpec;
import org.releasesim.output.ChartFile;
import org.releasesim.output.FolderLock;
import org.releasesim.output.Provenance;
import org.releasesim.output.sweep.RunsCsv;
import org.releasesim.output.sweep.SweepFolder;
import org.releasesim.scenario.ScenarioReader;

/**
 * Runs a paired comparison as a sweep, in rounds when a precision is asked for: run a batch of
 * replicates, compute the paired differences from runs.csv, and append replicates (run indices
 * grow replicate by replicate, so earlier runs keep their seeds and rows) until the targets or
 * the cap are reached. Then the sweep file in the folder is rewritten with the final count, so
 * {@code release-sim sweep} on it repeats the comparison exactly.
 */
public final class SweepCompareRounds {
  private final CompareSweep first;
  private final Path out;
  private final int threads;
  private final AdaptiveReplications adaptive;
  private final List<String> commandLine;
  private final PrintStream progress;
  private final FurtherAnalysis further;

  /** What the comparison gave. */
  public record Result(SweepAnalysis analysis, String adaptive, Path dir) {}

  /**
   * An analysis of the finished runs beyond the paired contrasts (a comparison over a
   * posterior), whose files, charts and notes go into the folder and its report.
   */
  public interface FurtherAnalysis {
    /** Analyses the runs and writes its files into {@code dir}. */
    Written write(SweepPlan plan, RunTable table, Path dir) throws IOException;
  }

  /**
   * What a further analysis wrote.
   *
   * @param notes sentences for the report, first among its notes
   * @param charts its charts, shown first
   * @param files its data files, linked first
   */
  public record Written(List<String> notes, List<ChartFile> charts, List<String> files) {}

  public SweepCompareRounds(CompareSweep first, Path out, int threads,
      AdaptiveReplications adaptive, List<String> commandLine, PrintStream progress) {
    this(first, out, threads, adaptive, commandLine, progress, null);
  }

  /**
   * @param further an analysis to add before the report is written, or null; its caller has
   *     checked every point's values against the scenario, so the planner does not again
   */
  public SweepCompareRounds(CompareSweep first, Path out, int threads,
      AdaptiveReplications adaptive, List<String> commandLine, PrintStream progress,
      FurtherAnalysis further) {
    this.further = further;
    this.first = first;
    this.out = out;
    this.threads = threads;
    this.adaptive = adaptive;
    this.commandLine = List.copyOf(commandLine);
    this.progress = progress;
  }

  // the lock is held for the try block and never used in it
  @SuppressWarnings("try")
  public Result run(PrintWriter printer) throws IOException {
    CompareSweep sweep = first;
    SweepSpec spec = parse(sweep);
    SweepPlan plan = SweepPlanner.plan(spec, further == null);
    String baseYaml = new ScenarioReader().read(spec.base(), spec.baseOverrides())
        .resolvedYaml();
    // a folder of its own: a comparison with other policies or overrides must not replace this
    SweepFolder folder = newFolder(plan);
    try (FolderLock lock = folder.lock("comparison")) {
      return compare(printer, sweep, plan, baseYaml, folder);
    } catch (IOException | UncheckedIOException e) {
      throw OutputFault.userError(e, fault -> "The comparison in " + folder.dir() + " stopped. "
          + fault.cure() + ", then run it again.");
    }
  }

  private Result compare(PrintWriter printer, CompareSweep first, SweepPlan start,
      String baseYaml, SweepFolder folder) throws IOException {
    CompareSweep sweep = first;
    SweepPlan plan = start;
    folder.prepare(sweep.text(), baseYaml);
    Provenance who = Provenance.current(commandLine, threads);
    SweepSession.Timing timing = new SweepSession.Timing(0, 0, Double.NaN);
    String outcome = null;
    for (boolean fresh = true; ; fresh = false) {
      SweepSession session = session(plan, folder, sweep, who);
      timing = timing.plus(session.execute(fresh, progress));
      if (adaptive.targets().isEmpty()) {
        break;
      }
      SweepAnalysis soFar = SweepAnalysis.of(plan,
          RunsCsv.read(folder.file(RunsCsv.FILE), plan), List.of());
      AdaptiveReplications.Step step = adaptive.next(plan.replications(), soFar.contrasts(),
          plan.outcomes());
      printer.println(step.message());
      printer.flush();
      if (step.stop()) {
        outcome = step.message();
        break;
      }
      sweep = sweep.withReplications(step.replications());
      plan = plan.withReplications(step.replications());
    }
    folder.rewriteSweep(sweep.text());
    printer.println(timing.throughput(threads));
    List<RunRecord> records = RunsCsv.read(folder.file(RunsCsv.FILE), plan);
    List<String> notes = new ArrayList<>();
    Written written = new Written(List.of(), List.of(), List.of());
    if (further == null) {
      notes.addAll(SweepCompareTable.pairingNotes(SweepAnalysis.of(plan, records, List.of())));
    } else {
      // one pairing note per draw would bury the report; compare.csv holds every ratio
      written = further.write(plan, new RunTable(plan, records), folder.dir());
      notes.addAll(written.notes());
    }
    if (outcome != null) {
      notes.add("Adaptive replications: " + outcome + ".");
    }
    SweepAnalysis analysis = session(plan, folder, sweep, who).finish(timing, notes, true,
        written.charts(), written.files());
    return new Result(analysis, outcome, folder.dir());
  }

  /** A new folder under --out; nothing is written if it cannot be made. */
  private SweepFolder newFolder(SweepPlan plan) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserInputException("--out " + out + " is a file, not a folder. Give --out the"
          + " folder that is to hold the comparison's folder (it is created if missing).");
    }
    try {
      return SweepFolder.create(out, plan.name(), plan.masterSeed(), Clock.systemUTC());
    } catch (IOException e) {
      throw OutputFault.userError(e, "Nothing was written. Give --out a folder you can write"
          + " to (it is created if missing).");
    }
  }

  private SweepSession session(SweepPlan plan, SweepFolder folder, CompareSweep sweep,
      Provenance who) {
    return new SweepSession(plan, folder, Shard.WHOLE, sweep.scenario().toAbsolutePath()
        .toString(), sweep.text(), who);
  }

  private static SweepSpec parse(CompareSweep sweep) {
    Path pseudo = sweep.scenario().toAbsolutePath().resolveSibling(sweep.name() + ".yaml");
    return new SweepFileReader().parse(sweep.text(), pseudo);
  }
}
