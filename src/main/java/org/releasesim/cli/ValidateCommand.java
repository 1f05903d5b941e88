package org.releasesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.experiment.sweep.SweepSpec;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE...}: checks scenario and sweep files without running them. A file whose
 * top level holds {@code base:}, {@code factors:} or {@code design:} (keys no scenario has) is a
 * sweep file and is checked as {@code sweep} would check it before its first run: its base
 * scenario, every factor applied to the base, and the size of the design.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check scenario and sweep files: report each one's size, or its first error.",
        "A file whose top level holds base:, factors: or design: is a sweep file: its base"
            + " scenario, its factors (applied to the base) and its design are checked, and the"
            + " number of runs it plans is reported."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is valid", "2:a file is invalid"})
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or sweep files (YAML).")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a value in every scenario (for a sweep file, in its base"
          + " scenario, after the sweep's own set:), e.g. --set time.years=5 or"
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
        out.println(SweepFileReader.isSweepFile(file) ? sweepSummary(file)
            : summary(file, reader.read(file, overrides)));
      } catch (ScenarioException | SweepException e) {
        err.println(e.getMessage());
        allValid = false;
      }
    }
    out.flush();
    err.flush();
    return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /** Reads and plans the sweep as the sweep command does before its first run. */
  private String sweepSummary(Path file) {
    SweepSpec sweep = new SweepFileReader().read(file).withMoreBaseOverrides(overrides);
    SweepPlan plan = SweepPlanner.plan(sweep, true);
    return "OK " + file + ": sweep " + plan.name() + ", " + plan.runCount()
        + (plan.runCount() == 1 ? " run (" : " runs (") + plan.pointCount()
        + (plan.pointCount() == 1 ? " point x " : " points x ") + plan.replications()
        + (plan.replications() == 1 ? " replication)" : " replications)");
  }

  private static String summary(Path file, LoadedScenario scenario) {
    ScenarioParams params = scenario.params();
    int counties = params.jurisdictions().size();
    return "OK " + file + ": " + scenario.name() + ", " + counties
        + (counties == 1 ? " jurisdiction, " : " jurisdictions, ")
        + params.totalPopulation() + " residents";
  }
}
