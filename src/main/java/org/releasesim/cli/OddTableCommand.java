package org.releasesim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.releasesim.experiment.calibration.OddParameterTable;
import org.releasesim.scenario.GeneratedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code odd-table}: the parameter table of the ODD model description, generated from the
 * parameter records: printed, or put in place between the table markers of a document.
 */
@Command(name = "odd-table", mixinStandardHelpOptions = true,
    description = {"Print the parameter table of the ODD model description (Markdown): every"
        + " scenario key with its unit, default, range and source, as the code defines them.",
        "With --update FILE, replace the table between the markers " + OddParameterTable.BEGIN
            + " and " + OddParameterTable.END + " in FILE (for example docs/ODD.md), leaving"
            + " the rest of the file as it is."})
public final class OddTableCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--update", paramLabel = "FILE",
      description = "Rewrite the table inside FILE (replaced atomically) instead of printing it.")
  private Path update;

  @Override
  public Integer call() {
    if (update == null) {
      spec.commandLine().getOut().print(OddParameterTable.generate());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    String document;
    try {
      document = Files.readString(update, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return refuse(update + " does not exist: name the ODD document to update (docs/ODD.md).");
    } catch (IOException e) {
      return refuse("cannot read " + update + ": " + e.getMessage());
    }
    int begin = document.indexOf(OddParameterTable.BEGIN);
    if (begin < 0 || document.indexOf(OddParameterTable.END, begin) < 0) {
      return refuse(update + " has no parameter table to replace: the table goes between a line "
          + OddParameterTable.BEGIN + " and, after it, a line " + OddParameterTable.END + ".");
    }
    try {
      GeneratedFiles.writeAtomically(update, OddParameterTable.updated(document));
      return ExitCodes.OK;
    } catch (IOException e) {
      return refuse("cannot write " + update + ": " + e.getMessage());
    }
  }

  private int refuse(String message) {
    spec.commandLine().getErr().println("error: " + message);
    return ExitCodes.BAD_INPUT;
  }
}
