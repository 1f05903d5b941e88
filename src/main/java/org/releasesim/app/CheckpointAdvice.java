package org.releasesim.app;

import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.NoUsableCheckpointException;
import org.releasesim.experiment.RunCheckpoints;
import org.releasesim.experiment.UnusableCheckpointException;
import org.releasesim.experiment.UnusableCheckpointException.Fault;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.RunManifest;

/**
 * What {@code run --resume} tells the user about unusable checkpoints: what is wrong with each,
 * and what to do, which depends on the fault: a checkpoint of another version can be finished by
 * that version; a damaged one cannot, and the run starts again from the scenario its folder
 * keeps, which gives the same outputs.
 */
final class CheckpointAdvice {
  private static final String EVERY = "--checkpoint-every";

  private CheckpointAdvice() {}

  /** The paragraph for a run folder none of whose checkpoints can be resumed from. */
  static String cannotResume(RunDirectory dir, RunManifest manifest,
      NoUsableCheckpointException e) {
    List<UnusableCheckpointException> faults = e.faults();
    UnusableCheckpointException newest = faults.get(0);
    StringBuilder text = new StringBuilder("Cannot resume ").append(dir.path()).append(": ")
        .append(newest.getMessage()).append(". ");
    if (faults.size() > 1) {
      UnusableCheckpointException before = faults.get(1);
      text.append("The checkpoint before it, ").append(before.file()).append(", ")
          .append(before.problem()).append(". ");
    } else if (newest.file().getFileName().toString().equals(RunCheckpoints.LATEST)) {
      text.append("No earlier checkpoint is kept. ");
    }
    if (newest.fault() == Fault.OTHER_FORMAT || newest.fault() == Fault.OTHER_BUILD) {
      // the version that wrote the newest checkpoint can finish the run from it
      text.append("Finish the run with the release-sim that started it (version ")
          .append(manifest.toolVersion()).append(", as manifest.json says), or start it again"
              + " from the scenario its folder keeps, which gives the same outputs in a new"
              + " folder: ");
    } else {
      text.append("Start the run again from the scenario its folder keeps, which gives the"
          + " same outputs in a new folder: ");
    }
    return text.append(restartCommand(dir, manifest)).toString();
  }

  /** A warning for each newer checkpoint passed over, naming the one the run resumes from. */
  static List<String> fellBack(RunCheckpoints.Restored restored) {
    return restored.passedOver().stream().map(f -> String.format(Locale.ROOT,
        "warning: %s; resuming from the checkpoint before it, %s (taken on simulated day %.0f,"
            + " warm-up included), which gives the same outputs", f.getMessage(),
        restored.file().getFileName(), restored.checkpoint().sim().schedule.getTime()))
        .toList();
  }

  /** The command that runs the folder's scenario again beside it, checkpointed as it was. */
  private static String restartCommand(RunDirectory dir, RunManifest manifest) {
    // <base>/<scenario>/<run id>: the same base puts the new run beside this one
    String command = "release-sim run " + quoted(dir.file(RunDirectory.SCENARIO).toString())
        + " --out " + quoted(dir.path().getParent().getParent().toString());
    List<String> args = manifest.commandLine() == null ? List.of() : manifest.commandLine();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith(EVERY + "=")) {
        return command + " " + EVERY + " " + quoted(arg.substring(EVERY.length() + 1));
      }
      if (arg.equals(EVERY) && i + 1 < args.size()) {
        return command + " " + EVERY + " " + quoted(args.get(i + 1));
      }
    }
    return command;
  }

  /** A path as a shell reads it back: quoted when it holds anything but plain characters. */
  private static String quoted(String path) {
    return path.matches("[\\w./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }
}
