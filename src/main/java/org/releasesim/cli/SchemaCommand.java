package org.releasesim.cli;

import java.util.concurrent.Callable;
import org.releasesim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code schema}: prints the JSON Schema of scenario files, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of scenario files.")
public final class SchemaCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private GeneratedTextOutput output;

  @Override
  public Integer call() {
    return output.emit(spec, ScenarioSchema.generate());
  }
}
