package org.releasesim.cli;

import java.util.concurrent.Callable;
import org.releasesim.scenario.ReferenceDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code reference-doc}: prints the Markdown reference of every scenario key. */
@Command(name = "reference-doc", mixinStandardHelpOptions = true,
    description = "Print the scenario file reference (Markdown), as in"
        + " docs/scenario-reference.md.")
public final class ReferenceDocCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private GeneratedTextOutput output;

  @Override
  public Integer call() {
    return output.emit(spec, ReferenceDoc.generate());
  }
}
