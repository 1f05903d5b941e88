package org.releasesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.releasesim.scenario.GeneratedFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} option of commands that print a generated text (schema, reference
 * doc): standard output by default, or the file, replaced atomically.
 */
final class GeneratedTextOutput {
  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of standard output.")
  private Path out;

  /** Prints or writes {@code text}; returns the command's exit code. */
  int emit(CommandSpec spec, String text) {
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    try {
      GeneratedFiles.writeAtomically(out, text);
      return ExitCodes.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("cannot write " + out + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }
}
