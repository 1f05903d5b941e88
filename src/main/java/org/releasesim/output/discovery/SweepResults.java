package org.releasesim.output.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.discovery.DiscoveryException;
import org.releasesim.experiment.discovery.DiscoveryTable;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.experiment.sweep.SweepSpec;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.sweep.RunsCsv;
import org.releasesim.output.sweep.SweepFolder;
import org.releasesim.output.sweep.SweepManifest;

/**
 * The rows of a finished sweep or comparison folder: its plan rebuilt from the folder's own copy
 * of the sweep file and of the base scenario (so the plan is the one that ran even if the
 * original files changed since), and runs.csv read back against it. Each run is a row; its
 * inputs are the factors' values at its design point, its outcomes every outcome column.
 */
public final class SweepResults {
  private SweepResults() {}

  /**
   * @param folder the sweep's results folder
   * @param inputs the factors PRIM may restrict; empty for all of them
   * @throws DiscoveryException if the folder is missing, not a finished sweep's, or an input is
   *     not one of its factors
   * @throws org.releasesim.experiment.sweep.SweepException if its files cannot be read back
   */
  public static DiscoverySource read(Path folder, List<String> inputs) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new DiscoveryException(folder + " is not a folder: give discover the results folder"
          + " of a finished sweep, as the sweep printed it (such as"
          + " results/sweeps/<sweep-name>/<run-id>), or --table FILE for a CSV of parameter and"
          + " outcome columns.");
    }
    List<String> missing = new ArrayList<>();
    for (String f : List.of(SweepFolder.SWEEP, SweepFolder.BASE, RunsCsv.FILE,
        SweepManifest.FILE)) {
      if (!Files.isRegularFile(folder.resolve(f))) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      throw new DiscoveryException(folder + " is not a sweep's results folder: it holds no "
          + String.join(", ", missing) + ". Give the folder a sweep or compare command printed"
          + " (results/sweeps/<sweep-name>/<run-id>), or --table FILE for a CSV of parameter and"
          + " outcome columns.");
    }
    if (!RunDirectory.isComplete(folder)) {
      throw new DiscoveryException(folder + " holds a sweep that has not finished (it has no "
          + RunDirectory.COMPLETE + " file): finish it with release-sim sweep FILE --resume "
          + folder + " (or merge its shards with release-sim merge), then discover.");
    }
    String text = Files.readString(folder.resolve(SweepFolder.SWEEP), StandardCharsets.UTF_8);
    String sweepFile = SweepManifest.read(folder.resolve(SweepManifest.FILE)).sweepFile();
    // relative paths in the sweep file (a points file) are the original file's
    SweepSpec read = new SweepFileReader().parse(text, Path.of(sweepFile));
    Path base = folder.resolve(SweepFolder.BASE);
    SweepSpec spec = new SweepSpec(read.file(), read.text(), read.name(), read.description(),
        base, read.baseOverrides(), read.seed(), read.replications(), read.paired(),
        read.contrastPairing(),
        read.design(), read.factors(), read.outcomes(), read.timeSeries(), read.precision());
    SweepPlan plan = SweepPlanner.plan(spec, false);
    List<RunRecord> runs = RunsCsv.read(folder.resolve(RunsCsv.FILE), plan);
    List<Factor> chosen = chosen(folder, plan.factors(), inputs);
    List<String> names = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    List<List<String>> levels = new ArrayList<>();
    for (Factor f : chosen) {
      int index = plan.factors().indexOf(f);
      names.add(f.name());
      cells.add(runs.stream().map(r -> plan.points().get(r.run().point()).values().get(index))
          .toList());
      levels.add(f.numeric() ? List.of() : f.levels());
    }
    double[][] outcomes = new double[runs.size()][];
    List<String> rowNames = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      outcomes[r] = runs.get(r).values();
      rowNames.add("run " + runs.get(r).run().index());
    }
    DiscoveryTable table = DiscoveryTable.of(names, cells, levels, plan.outcomes().names(),
        outcomes, rowNames);
    return new DiscoverySource(plan.name(), plan.masterSeed(), base, plan.baseOverrides(),
        chosen, table);
  }

  private static List<Factor> chosen(Path folder, List<Factor> factors, List<String> inputs) {
    if (inputs.isEmpty()) {
      return factors;
    }
    List<String> known = factors.stream().map(Factor::name).toList();
    List<Factor> chosen = new ArrayList<>();
    for (String input : inputs) {
      int i = known.indexOf(input);
      if (i < 0) {
        throw new DiscoveryException("--inputs: '" + input + "' is not a factor of the sweep in "
            + folder + "; its factors are " + String.join(", ", known) + ".");
      }
      if (!chosen.contains(factors.get(i))) {
        chosen.add(factors.get(i));
      }
    }
    return chosen;
  }
}
