package org.releasesim.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.function.Consumer;
import org.releasesim.experiment.CheckpointFile;
import org.releasesim.experiment.NoUsableCheckpointException;
import org.releasesim.experiment.RunCheckpoints;
import org.releasesim.experiment.RunSize;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.FolderLock;
import org.releasesim.output.ManifestJson;
import org.releasesim.output.ResumableSeriesFile;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.RunManifest;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;

/**
 * Checks a folder given to {@code run --resume} piece by piece, cheapest first, and says in one
 * paragraph what is wrong, with which file, and what to do: no such folder, not a run folder, a
 * finished run, a damaged manifest, a scenario.yaml edited since the start (the results would
 * come from the checkpoint, not from it), a missing or cut-short time series, a damaged
 * checkpoint. The memory check comes before the checkpoint is read, since reading it builds the
 * model.
 */
public final class RunResumption {
  private RunResumption() {}

  /**
   * The run folder, if {@code folder} can be one: checked before it is locked, so that no lock
   * file is left in a folder that is not release-sim's.
   */
  public static RunDirectory folder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      throw new UserInputException("run --resume " + folder + ": there is no such folder. Give"
          + " the folder of the interrupted run, as run printed it"
          + " (<out>/<scenario>/<run-id>).");
    }
    if (!Files.isDirectory(folder)) {
      throw new UserInputException("run --resume " + folder + ": this is a file, not a run"
          + " folder. Give the folder of the interrupted run, as run printed it"
          + " (<out>/<scenario>/<run-id>).");
    }
    // a folder release-sim claimed is locked first: a run starting there has no manifest yet
    if (!FolderLock.isClaimed(folder)) {
      isARun(folder);
    }
    return RunDirectory.existing(folder, Clock.systemUTC());
  }

  private static void isARun(Path folder) {
    if (!Files.isRegularFile(folder.resolve(RunDirectory.MANIFEST))) {
      throw new UserInputException(folder + " is not a run folder: it has no "
          + RunDirectory.MANIFEST + " (a run writes one as it starts). Give the folder of the"
          + " interrupted run, as run printed it (<out>/<scenario>/<run-id>).");
    }
    if (RunDirectory.isComplete(folder)) {
      throw new UserInputException(folder + " holds a complete run; there is nothing to"
          + " resume.");
    }
  }

  /**
   * The run to continue, every file checked, once the folder is locked.
   *
   * @param memory checks a size against the heap (refusing with a message)
   */
  public static RunExecution.Restored open(RunDirectory dir, Consumer<RunSize> memory)
      throws IOException {
    isARun(dir.path());
    RunManifest manifest = manifest(dir);
    scenarioUnchanged(dir, manifest);
    RunCheckpoints checkpoints = new RunCheckpoints(dir.path());
    if (!checkpoints.any()) {
      throw new UserInputException(dir.path() + " has no " + RunCheckpoints.LATEST + ": the run"
          + " was started without --checkpoint-every, or stopped before its first checkpoint. "
          + again(dir));
    }
    try {
      memory.accept(RunSize.of(new ScenarioReader().readText(manifest.scenarioYaml(),
          dir.file(RunDirectory.SCENARIO).toString()).params()));
    } catch (ScenarioException e) {
      // a scenario this version no longer reads: the checkpoint's own check below decides
    }
    RunCheckpoints.Restored restored;
    try {
      restored = checkpoints.newest();
    } catch (NoUsableCheckpointException e) {
      throw new UserInputException(CheckpointAdvice.cannotResume(dir, manifest, e));
    }
    CheckpointFile checkpoint = restored.checkpoint();
    Path series = dir.file(RunDirectory.TIMESERIES);
    Path partial = ResumableSeriesFile.partial(series);
    if (!Files.isRegularFile(partial) && Files.isRegularFile(series)) {
      // stopped while its outputs were written: the model had run to the end and its series
      // was finished, which begins with every row the checkpoint recorded
      Files.move(series, partial, StandardCopyOption.ATOMIC_MOVE);
    }
    if (!Files.isRegularFile(partial)) {
      throw new UserInputException(partial + " is missing: the time series the run wrote"
          + " before its last checkpoint is gone, so the run cannot continue. " + again(dir));
    }
    long size = Files.size(partial);
    if (size < checkpoint.seriesBytes()) {
      throw new UserInputException(partial + " is cut short: it holds " + size + " bytes, but"
          + " held " + checkpoint.seriesBytes() + " when the last checkpoint was written, so"
          + " the rows in between are lost and the run cannot continue. " + again(dir));
    }
    memory.accept(RunSize.of(checkpoint.sim().params()));
    return new RunExecution.Restored(dir, manifest, checkpoint, checkpoints,
        CheckpointAdvice.fellBack(restored));
  }

  /** What to do when the run cannot be continued: run its own scenario afresh. */
  private static String again(RunDirectory dir) {
    return "Start it again from its scenario: release-sim run " + dir.file(RunDirectory.SCENARIO)
        + " (the resolved scenario, seed included; a new run gets a folder of its own).";
  }

  private static RunManifest manifest(RunDirectory dir) {
    Path file = dir.file(RunDirectory.MANIFEST);
    RunManifest m;
    try {
      m = ManifestJson.read(file);
    } catch (IOException e) {
      // ManifestJson names the file and what is wrong with it (it never quotes the file)
      throw new UserInputException("Cannot resume " + dir.path() + ": " + oneLine(e.getMessage())
          + " Without a run manifest the run cannot continue. " + again(dir));
    }
    if (m.scenarioYaml() == null || m.scenarioName() == null || m.startTime() == null) {
      throw new UserInputException("Cannot resume " + dir.path() + ": " + file + " is not a"
          + " readable run manifest: it lacks the scenario, its name or the start time. Without"
          + " a run manifest the run cannot continue. " + again(dir));
    }
    return m;
  }

  /**
   * The folder's scenario.yaml must be the scenario the run started with (the manifest's copy):
   * the checkpoint continues that scenario, whatever the file now says. A missing file is
   * written back from the manifest.
   */
  private static void scenarioUnchanged(RunDirectory dir, RunManifest manifest)
      throws IOException {
    Path file = dir.file(RunDirectory.SCENARIO);
    if (!Files.exists(file)) {
      AtomicFiles.writeString(file, manifest.scenarioYaml());
      return;
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (!text.equals(manifest.scenarioYaml())) {
      throw new UserInputException(file + " was changed after the run started (it differs from"
          + " the scenario recorded in " + RunDirectory.MANIFEST + "): the run continues from its"
          + " checkpoint, as it started, so its folder would describe a scenario its results did"
          + " not come from. Put the file back as it was (manifest.json holds its text under"
          + " scenario_yaml), or run the changed scenario as a new run: release-sim run " + file
          + ".");
    }
  }


  /** A message on one line, ending with a full stop. */
  private static String oneLine(String message) {
    String text = String.valueOf(message).replaceAll("\\s+", " ").strip();
    return text.endsWith(".") ? text : text + ".";
  }
}
