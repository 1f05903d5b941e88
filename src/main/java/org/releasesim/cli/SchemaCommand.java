package org.releasesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.releasesim.scenario.GeneratedFiles;
import org.releasesim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schema}: prints the JSON Schema of scenario files, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of scenario files.")
public final class SchemaCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of standard output.")
  private Path out;

  @Override
  public Integer call() {
    String text = ScenarioSchema.generate();
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
