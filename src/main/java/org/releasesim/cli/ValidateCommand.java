package org.releasesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files: report each one's size, or its first error.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is valid", "2:a file is invalid"})
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a value in every file, e.g. --set time.years=5 or"
          + " --set jurisdictions[0].policy=HONOR_DETAINERS. Repeatable.")
  private List<String> overrides = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScenarioReader reader = new ScenarioReader();
    boolean allValid = true;
    for (Path file : files) {
      try {
        out.println(summary(file, reader.read(file, overrides)));
      } catch (ScenarioException e) {
        err.println(e.getMessage());
        allValid = false;
      }
    }
    out.flush();
    err.flush();
    return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  private static String summary(Path file, LoadedScenario scenario) {
    ScenarioParams params = scenario.params();
    int counties = params.jurisdictions().size();
    return "OK " + file + ": " + scenario.name() + ", " + counties
        + (counties == 1 ? " jurisdiction, " : " jurisdictions, ")
        + params.totalPopulation() + " residents";
  }
}
