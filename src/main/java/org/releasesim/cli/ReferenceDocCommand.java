package org.releasesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.releasesim.scenario.GeneratedFiles;
import org.releasesim.scenario.ReferenceDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reference-doc}: prints the Markdown reference of every scenario key. */
@Command(name = "reference-doc", mixinStandardHelpOptions = true,
    description = "Print the scenario file reference (Markdown), as in"
        + " docs/scenario-reference.md.")
public final class ReferenceDocCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of standard output.")
  private Path out;

  @Override
  public Integer call() {
    String text = ReferenceDoc.generate();
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
