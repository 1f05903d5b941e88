package org.releasesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.releasesim.experiment.CheckpointFile;
import org.releasesim.experiment.NoUsableCheckpointException;
import org.releasesim.experiment.RunCheckpoints;
import org.releasesim.experiment.RunDriver;
import org.releasesim.experiment.RunHooks;
import org.releasesim.experiment.RunProgress;
import org.releasesim.experiment.RunResult;
import org.releasesim.experiment.SteadyState;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.output.FinishedRun;
import org.releasesim.output.ManifestJson;
import org.releasesim.output.ResumableSeriesFile;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.RunManifest;
import org.releasesim.output.RunWriter;
import org.releasesim.scenario.LoadedScenario;

/**
 * One run's life in its folder: a fresh start or a resumption from the last checkpoint, the
 * model run with its time series streamed to disk, checkpoints on the way, and the finished
 * outputs; on failure or termination the manifest says so and no COMPLETE marker is written.
 */
final class RunExecution {
  /** A new run: its folder, its starting manifest, its scenario. */
  record Started(RunDirectory dir, RunManifest manifest, LoadedScenario scenario) {}

  /** A run done and written: what the model produced, and whether its key series settled. */
  record Finished(RunResult result, SteadyState steadyState) {}

  private final RunDirectory dir;
  private final RunManifest started;
  private final String description;
  private final ReleaseSim restored;
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

  static RunExecution fresh(Started s) throws IOException {
    RunExecution e = new RunExecution(s.dir(), s.manifest(), s.scenario().params(), null, 0, 0,
        new RunCheckpoints(s.dir().path()), List.of());
    e.writer.begin(s.dir(), s.manifest());
    return e;
  }

  static RunExecution resume(RunDirectory dir) throws IOException {
    if (RunDirectory.isComplete(dir.path())) {
      throw new UserInputException(dir.path() + " holds a complete run; there is nothing to"
          + " resume.");
    }
    Path manifestFile = dir.file(RunDirectory.MANIFEST);
    RunCheckpoints checkpoints = new RunCheckpoints(dir.path());
    if (!Files.isRegularFile(manifestFile) || !checkpoints.any()) {
      throw new UserInputException(dir.path() + " has no " + (Files.isRegularFile(manifestFile)
          ? RunCheckpoints.LATEST + ": the run was started without --checkpoint-every, or"
              + " stopped before its first checkpoint; start it again" : RunDirectory.MANIFEST
              + ": it is not a run folder") + ".");
    }
    RunManifest manifest = ManifestJson.read(manifestFile);
    RunCheckpoints.Restored restored;
    try {
      restored = checkpoints.newest();
    } catch (NoUsableCheckpointException e) {
      throw new UserInputException(CheckpointAdvice.cannotResume(dir, manifest, e));
    }
    CheckpointFile checkpoint = restored.checkpoint();
    return new RunExecution(dir, manifest, checkpoint.sim().params(), checkpoint.sim(),
        checkpoint.seriesBytes(), checkpoint.everyDays(), checkpoints,
        CheckpointAdvice.fellBack(restored));
  }

  /** Warnings for standard error before the run goes on (a damaged checkpoint passed over). */
  List<String> warnings() {
    return warnings;
  }

  RunExecution quiet(boolean q) {
    this.quiet = q;
    return this;
  }

  RunExecution checkInvariants(boolean c) {
    this.checkInvariants = c;
    return this;
  }

  RunExecution checkpointEvery(double days) {
    this.checkpointEvery = days;
    return this;
  }

  double checkpointEvery() {
    return checkpointEvery;
  }

  ScenarioParams params() {
    return params;
  }

  String name() {
    return name;
  }

  RunDirectory directory() {
    return dir;
  }

  /** Runs to the horizon and writes the finished outputs. */
  Finished execute() throws IOException {
    Thread onTerm = new Thread(this::markInterrupted, "release-sim-interrupted");
    Runtime.getRuntime().addShutdownHook(onTerm);
    try {
      RunResult result = runModel();
      checkpoints.deleteAll();
      FinishedRun written = writer.complete(dir, started, description, result.summary());
      finished = true;
      return new Finished(result, written.steadyState());
    } catch (IOException | RuntimeException e) {
      finished = true;
      writer.fail(dir, started);
      throw e;
    } finally {
      removeHook(onTerm);
    }
  }

  private RunResult runModel() throws IOException {
    Path target = dir.file(RunDirectory.TIMESERIES);
    try (ResumableSeriesFile series = restored == null ? ResumableSeriesFile.create(target)
        : ResumableSeriesFile.reopen(target, seriesBytes);
        ProgressLine progress = quiet ? null
            : new ProgressLine(name, params.time().endDay(), System.err)) {
      ReleaseSim sim = restored != null ? restored : new ReleaseSim(params, null);
      sim.setSink(series);
      if (restored == null) {
        sim.start();
      }
      RunHooks hooks = new RunHooks(checkpointEvery,
          s -> checkpoints.write(s, series.mark(), checkpointEvery), checkInvariants);
      RunResult result = RunDriver.finish(sim, progress == null ? RunProgress.NONE : progress,
          hooks);
      series.commit();
      return result;
    }
  }

  /**
   * On SIGTERM or Ctrl-C: the manifest says the run did not finish. No checksums here: the run
   * may be moving a checkpoint into place while this hook runs.
   */
  private void markInterrupted() {
    if (!finished) {
      try {
        ManifestJson.write(dir.file(RunDirectory.MANIFEST), started.finished(
            RunManifest.Status.FAILED, java.time.Instant.now(), java.util.Map.of()));
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
