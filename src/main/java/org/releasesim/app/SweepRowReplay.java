package org.releasesim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunScenarios;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.output.sweep.RunsCsv;
import org.releasesim.scenario.LoadedScenario;

/**
 * One row of a sweep's or comparison's runs.csv, opened exactly as it ran: the folder's own copy
 * of the base scenario (base.yaml, with the sweep's overrides), the row's design point from the
 * folder's sweep.yaml, and the row's seed, applied as the sweep applied them.
 */
public final class SweepRowReplay {
  private SweepRowReplay() {}

  public static LoadedScenario load(Path runsCsv, int row) {
    Path folder = runsCsv.toAbsolutePath().getParent();
    Path sweepFile = folder.resolve("sweep.yaml");
    Path base = folder.resolve("base.yaml");
    if (!Files.isRegularFile(sweepFile) || !Files.isRegularFile(base)) {
      throw new UserInputException(runsCsv + " is not in a sweep or comparison folder: --replay"
          + " of a runs.csv needs the sweep.yaml and base.yaml written beside it.");
    }
    try {
      SweepPlan plan = SweepPlanner.plan(new SweepFileReader().read(sweepFile), false);
      List<RunRecord> runs = RunsCsv.read(runsCsv, plan);
      RunRecord record = runs.stream().filter(r -> r.run().index() == row).findFirst()
          .orElseThrow(() -> new UserInputException("--row " + row + " is not in " + runsCsv
              + ": it holds runs 0 to " + (runs.size() - 1) + "."));
      ScenarioParams params = new RunScenarios(base, plan.baseOverrides(), plan.factors())
          .params(plan.points().get(record.run().point()), record.run().seed());
      String name = plan.name() + " run " + row + " ("
          + String.join(", ", plan.points().get(record.run().point()).values()) + ")";
      return new LoadedScenario(name, runsCsv, params, "");
    } catch (IOException e) {
      throw new UserInputException("cannot read " + runsCsv + ": " + e.getMessage() + ".");
    } catch (SweepException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
