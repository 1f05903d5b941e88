package org.releasesim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.releasesim.experiment.CheckpointFile;
import org.releasesim.experiment.DiskEstimate;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.experiment.RunCheckpoints;
import org.releasesim.experiment.RunDriver;
import org.releasesim.experiment.RunHooks;
import org.releasesim.experiment.RunProgress;
import org.releasesim.experiment.RunResult;
import org.releasesim.experiment.RunSize;
import org.releasesim.experiment.SteadyState;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.output.FinishedRun;
import org.releasesim.output.ManifestJson;
import org.releasesim.output.OutputWriteException;
import org.releasesim.output.ResumableSeriesFile;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.RunManifest;
import org.releasesim.output.RunWriter;
import org.releasesim.scenario.LoadedScenario;

/**
 * One run's life in its folder: a fresh start or a resumption from the last checkpoint, the
 * model run with its time series streamed to disk, checkpoints on the way, and the finished
 * outputs; on failure or termination the manifest says so and no COMPLETE marker is written. A
 * failed write (a full disk, a read-only folder) ends as one paragraph for the user, saying what
 * became of the run and how to go on.
 */
public final class RunExecution {
  /** A new run: its folder, its starting manifest, its scenario. */
  public record Started(RunDirectory dir, RunManifest manifest, LoadedScenario scenario) {}

  /** A run to continue: its folder, its manifest as started, and its last checkpoint. */
  record Restored(RunDirectory dir, RunManifest manifest, CheckpointFile checkpoint,
      RunCheckpoints checkpoints, List<String> warnings) {}

  /** A run done and written: what the model produced, and whether its key series settled. */
  public record Finished(RunResult result, SteadyState steadyState) {}

  private final RunDirectory dir;
  private final RunManifest started;
  private final String description;
  /** The model restored from a checkpoint, until the run takes it (then null: see below). */
  private ReleaseSim restored;
  private final long seriesBytes;
  private final ScenarioParams params;
  private final String name;
  private final RunWriter writer = new RunWriter(Clock.systemUTC());
  private final RunCheckpoints checkpoints;
  private final List<String> warnings;
  private double checkpointEvery;
  private boolean quiet;
  private boolean checkInvariants;
  private volatile boolean finished;

  private RunExecution(RunDirectory dir, RunManifest started, ScenarioParams params,
      ReleaseSim restored, long seriesBytes, double checkpointEvery, RunCheckpoints checkpoints,
      List<String> warnings) {
    this.dir = dir;
    this.checkpoints = checkpoints;
    this.warnings = List.copyOf(warnings);
    this.started = started;
    this.params = params;
    this.description = params.description();
    this.name = started.scenarioName();
    this.restored = restored;
    this.seriesBytes = seriesBytes;
    this.checkpointEvery = checkpointEvery;
  }

  public static RunExecution fresh(Started s) {
    RunExecution e = new RunExecution(s.dir(), s.manifest(), s.scenario().params(), null, 0, 0,
        new RunCheckpoints(s.dir().path()), List.of());
    try {
      e.writer.begin(s.dir(), s.manifest());
    } catch (IOException | RuntimeException failure) {
      throw e.failed(failure);
    }
    return e;
  }

  public static RunExecution resume(Restored r) {
    CheckpointFile c = r.checkpoint();
    RunExecution e = new RunExecution(r.dir(), r.manifest(), c.sim().params(), c.sim(),
        c.seriesBytes(), c.everyDays(), r.checkpoints(), r.warnings());
    try {
      e.writer.reserveSpace(r.dir());
    } catch (IOException failure) {
      throw e.failed(failure);
    }
    return e;
  }

  /** Warnings for standard error before the run goes on (a damaged checkpoint passed over). */
  public List<String> warnings() {
    return warnings;
  }

  public RunExecution quiet(boolean q) {
    this.quiet = q;
    return this;
  }

  public RunExecution checkInvariants(boolean c) {
    this.checkInvariants = c;
    return this;
  }

  public RunExecution checkpointEvery(double days) {
    this.checkpointEvery = days;
    return this;
  }

  public RunDirectory directory() {
    return dir;
  }

  /** Runs to the horizon and writes the finished outputs. */
  public Finished execute() {
    Thread onTerm = new Thread(this::markInterrupted, "release-sim-interrupted");
    Runtime.getRuntime().addShutdownHook(onTerm);
    try {
      RunResult result = runModel();
      checkpoints.finish();
      // the checkpoints go only once the run is complete: killed while its outputs are written,
      // the run can still be resumed
      FinishedRun written = writer.complete(dir, started, description, result.summary());
      checkpoints.deleteAll();
      finished = true;
      return new Finished(result, written.steadyState());
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    } finally {
      removeHook(onTerm);
    }
  }

  private RunResult runModel() throws IOException {
    Path target = dir.file(RunDirectory.TIMESERIES);
    // the model must be garbage once it has run: the series read back for the charts takes its
    // place in the heap (MemoryEstimate counts the larger of the two, not both)
    ReleaseSim fromCheckpoint = restored;
    restored = null;
    try (ResumableSeriesFile series = fromCheckpoint == null ? ResumableSeriesFile.create(target)
        : ResumableSeriesFile.reopen(target, seriesBytes);
        ProgressLine progress = quiet ? null
            : new ProgressLine(name, params.time().endDay(), System.err)) {
      ReleaseSim sim = fromCheckpoint != null ? fromCheckpoint : new ReleaseSim(params, null);
      sim.setSink(series);
      if (fromCheckpoint == null) {
        sim.start();
      }
      RunHooks hooks = new RunHooks(checkpointEvery, s -> {
        try {
          checkpoints.write(s, series.mark(), checkpointEvery);
        } catch (IOException e) {
          throw OutputWriteException.wrap(dir.file(RunCheckpoints.LATEST), e);
        }
      }, checkInvariants);
      RunResult result = RunDriver.finish(sim, progress == null ? RunProgress.NONE : progress,
          hooks);
      series.commit();
      return result;
    }
  }

  /**
   * Marks the run failed (best effort: the write may fail too) and returns what to throw: for a
   * failed write, one paragraph for the user; anything else as it was.
   */
  private RuntimeException failed(Exception e) {
    finished = true;
    String reason = OutputFault.of(e).map(OutputFault::problem).orElse(String.valueOf(e));
    String manifest;
    try {
      writer.fail(dir, started, reason);
      manifest = "its manifest.json says failed";
    } catch (IOException | RuntimeException second) {
      e.addSuppressed(second);
      manifest = "its manifest.json could not be marked failed either ("
          + OutputFault.of(second).map(OutputFault::problem).orElse(String.valueOf(second))
          + ")";
    }
    String state = manifest;
    return OutputFault.userError(e, fault -> "The run in " + dir + " stopped; " + state + ". "
        + fault.cure() + room(fault) + ", then " + next() + ".");
  }

  /** For a full disk: how much room a finished run of this scenario takes. */
  private String room(OutputFault fault) {
    if (fault.kind() != OutputFault.Kind.DISK_FULL && fault.kind() != OutputFault.Kind.QUOTA) {
      return "";
    }
    return " (a finished run of this scenario takes about "
        + MemoryEstimate.describe(DiskEstimate.outputBytes(RunSize.of(params))) + ")";
  }

  /** How to go on once the cause is fixed: resume from the checkpoint, or start again. */
  private String next() {
    boolean resumable = new RunCheckpoints(dir.path()).any()
        && Files.exists(ResumableSeriesFile.partial(dir.file(RunDirectory.TIMESERIES)));
    return resumable ? "continue it from its last checkpoint with: release-sim run --resume "
        + dir : "run the scenario again (a new run gets a folder of its own)";
  }

  /**
   * On SIGTERM or Ctrl-C: the manifest says the run did not finish. No checksums here: the run
   * may be moving a checkpoint into place while this hook runs.
   */
  private void markInterrupted() {
    if (!finished) {
      try {
        ManifestJson.write(dir.file(RunDirectory.MANIFEST), started.failed(
            java.time.Instant.now(), java.util.Map.of(), "interrupted (SIGTERM or Ctrl-C)"));
      } catch (IOException e) {
        System.err.println("could not mark " + dir.path() + " as interrupted: " + e);
      }
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down already: the hook runs and finds the run finished
    }
  }
}
