package org.releasesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.releasesim.app.BoxCentreScenario;
import org.releasesim.app.DiscoveryPrinter;
import org.releasesim.app.OutputFault;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.discovery.BoxCentre;
import org.releasesim.experiment.discovery.BoxChoice;
import org.releasesim.experiment.discovery.DiscoveryException;
import org.releasesim.experiment.discovery.Prim;
import org.releasesim.experiment.discovery.PrimBox;
import org.releasesim.experiment.discovery.PrimData;
import org.releasesim.experiment.discovery.RowCondition;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.CsvNumbers;
import org.releasesim.output.RunDirectory;
import org.releasesim.output.discovery.DiscoveryFiles;
import org.releasesim.output.discovery.DiscoverySource;
import org.releasesim.output.discovery.PeelingChart;
import org.releasesim.output.discovery.SweepResults;
import org.releasesim.output.discovery.TableResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code release-sim discover RESULTS --where EXPR}: scenario discovery with PRIM over a sweep's
 * runs (or a table's rows): which ranges of the factors hold the runs where the condition is
 * true. Writes the peeling trajectory, the chosen box, a coverage-density chart and the box's
 * centre as a scenario file.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = {"Scenario discovery (PRIM: Friedman and Fisher 1999; Bryant and Lempert"
        + " 2010): find the ranges of a sweep's factors that hold the runs where a condition on"
        + " the outcomes is true, such as --where \"crimes > 41000\".",
        "Writes peeling.csv, box.csv, peeling.png/.svg, box-centre.yaml (the sweep's base"
            + " scenario at the box's centre, which run and gui open) and discovery.txt to a new"
            + " folder <out>/discover-<name>/<run-id>/; prints the chosen box."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:internal error", "2:bad folder, table, condition or option; a"
        + " condition true in no row or in every row; a full disk or read-only output"})
public final class DiscoverCommand implements Callable<Integer> {
  static final String SUMMARY = "discovery.txt";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RESULTS", description = "A finished"
      + " sweep's (or comparison's) results folder, as the sweep printed it.")
  Path results;

  @Option(names = "--where", required = true, paramLabel = "EXPR", description = "The"
      + " condition on a row's outcome columns, such as \"crimes > 41000\" or"
      + " \"crimes_UNAUTHORIZED > 500 && at_large_arrests < 50\": numbers, + - * / %%, < <= >"
      + " >= == !=, && || !; characters of a column name other than letters, digits and _ are"
      + " written _.")
  String where;

  @Option(names = "--inputs", split = ",", paramLabel = "COL", description = "The inputs"
      + " PRIM may restrict (default: every factor of the sweep; required with --table).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--table", paramLabel = "FILE", description = "Instead of a sweep folder, a"
      + " CSV with a header: the --inputs columns and numeric outcome columns (such as a"
      + " posterior comparison's draws.csv).")
  Path table;

  @Option(names = "--base", paramLabel = "SCENARIO", description = "With --table: the scenario"
      + " whose copy at the box's centre box-centre.yaml is (the input columns must then be"
      + " scenario keys such as trust.unauthorizedChill); without it no box-centre.yaml.")
  Path base;

  @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "A", description = "The share"
      + " of the box's rows each peel removes (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--min-mass", defaultValue = "0.05", paramLabel = "M", description = "The"
      + " least share of all rows a box may hold (default: ${DEFAULT-VALUE}).")
  double minMass;

  @Option(names = "--threshold", defaultValue = "0.8", paramLabel = "D", description = "Choose"
      + " the first box of the trajectory (the highest coverage) whose density is at least D,"
      + " else the densest (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--box", paramLabel = "N", description = "Choose box N of the trajectory"
      + " (peeling.csv) instead.")
  Integer box;

  @Option(names = "--paste", description = "Grow the chosen box back by pasting while that"
      + " raises its density.")
  boolean paste;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/sweeps",
      description = "Parent folder of the results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    DiscoverySource source;
    RowCondition condition;
    PrimData data;
    try {
      source = table != null ? TableResults.read(table, inputs)
          : SweepResults.read(results, inputs);
      condition = RowCondition.compile(where, source.table().outcomes());
      data = source.table().label(condition);
    } catch (DiscoveryException e) {
      throw new UserInputException(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      String why = String.valueOf(e.getMessage());
      throw new UserInputException((table != null ? table : results) + " cannot be read: "
          + why + (why.endsWith(".") ? "" : "."));
    }
    checkCondition(source, condition, data);
    Prim prim = new Prim(alpha, minMass);
    List<PrimBox> trajectory = prim.peel(data);
    if (box != null && box >= trajectory.size()) {
      throw new UserInputException("--box " + box + ": the peeling trajectory has boxes 0 to "
          + (trajectory.size() - 1) + "; run without --box to see them (peeling.csv).");
    }
    int chosen = box != null ? box : BoxChoice.byDensity(trajectory, threshold);
    PrimBox pasted = paste ? prim.paste(data, trajectory.get(chosen)) : null;
    PrimBox reported = pasted != null ? pasted : trajectory.get(chosen);
    double[] quasiP = new double[data.dimensions().size()];
    for (int d = 0; d < quasiP.length; d++) {
      quasiP[d] = reported.restricted().contains(d)
          ? Prim.quasiP(data, reported.box(), d) : Double.NaN;
    }
    List<String> centre = BoxCentre.values(data, reported.box(), whole(source));
    BoxCentreScenario scenario = scenarioBase(source) == null ? null
        : BoxCentreScenario.of(scenarioBase(source), overrides(source, centre),
            source.name() + "-box-centre");

    RunDirectory dir;
    try {
      dir = RunDirectory.create(out, "discover-" + source.name(), source.seed(),
          Clock.systemUTC());
    } catch (IOException e) {
      throw OutputFault.userError(e, fault -> "Scenario discovery could not make its results"
          + " folder under " + out + ". " + fault.cure() + ", then run it again.");
    }
    try {
      DiscoveryFiles.writePeeling(dir.file(DiscoveryFiles.PEELING), data, trajectory, chosen,
          pasted);
      DiscoveryFiles.writeBox(dir.file(DiscoveryFiles.BOX), data, reported, centre, quasiP);
      PeelingChart.write(dir.path(), "PRIM: " + condition.text(), trajectory, chosen, pasted);
      if (scenario != null) {
        AtomicFiles.writeString(dir.file(BoxCentreScenario.FILE),
            scenario.fileText(header(condition, reported)));
      }
      AtomicFiles.writeString(dir.file(SUMMARY), summary(condition, data, trajectory, chosen,
          pasted));
      dir.markComplete();
    } catch (IOException e) {
      throw OutputFault.userError(e, fault -> "Scenario discovery could not write its results"
          + " into " + dir.path() + ". " + fault.cure() + ", then run it again.");
    }
    DiscoveryPrinter.print(spec.commandLine().getOut(), source, data, condition, trajectory,
        chosen, pasted, quasiP, reasonChosen(chosen, trajectory),
        scenario == null ? null : dir.file(BoxCentreScenario.FILE), dir.path());
    return ExitCodes.OK;
  }

  private void checkOptions() {
    if ((results == null) == (table == null)) {
      throw new UserInputException("discover needs either a sweep's results folder (RESULTS) or"
          + " --table FILE, not " + (results == null ? "neither" : "both") + ".");
    }
    if (base != null && table == null) {
      throw new UserInputException("--base goes with --table: a sweep folder's own base.yaml is"
          + " the base of its box-centre.yaml.");
    }
    if (!(alpha > 0 && alpha < 0.5)) {
      throw new UserInputException("--alpha " + alpha + ": give a share above 0 and below 0.5"
          + " (0.05 to 0.1 is usual: the smaller, the more patient the peeling).");
    }
    if (!(minMass > 0 && minMass <= 1)) {
      throw new UserInputException("--min-mass " + minMass + ": give a share above 0 and at"
          + " most 1 (0.05 is usual).");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new UserInputException("--threshold " + threshold + ": give a density from 0 to 1.");
    }
    if (box != null && box < 0) {
      throw new UserInputException("--box " + box + ": give a box number from 0 (peeling.csv).");
    }
  }

  /** A condition true in no row, or in every row, leaves PRIM nothing to find. */
  private void checkCondition(DiscoverySource source, RowCondition condition, PrimData data) {
    if (data.hits() > 0 && data.hits() < data.rows()) {
      return;
    }
    List<String> ranges = new ArrayList<>();
    for (int c : condition.columnsUsed()) {
      double[] r = source.table().range(c);
      ranges.add(source.table().outcomes().get(c) + " runs from " + CsvNumbers.format(r[0])
          + " to " + CsvNumbers.format(r[1]));
    }
    throw new UserInputException("--where \"" + condition.text() + "\" is "
        + (data.hits() == 0 ? "true in none" : "true in every one") + " of the " + data.rows()
        + " rows of " + (table != null ? table : results) + ", so there is no box to find"
        + (ranges.isEmpty() ? "" : " (over these rows " + String.join("; ", ranges) + ")")
        + ": give a condition that holds in some rows and not in others.");
  }

  private String reasonChosen(int chosen, List<PrimBox> trajectory) {
    if (box != null) {
      return "as --box asked";
    }
    return trajectory.get(chosen).density() >= threshold
        ? String.format(Locale.ROOT, "the first with density >= %s", threshold)
        : String.format(Locale.ROOT, "none reaches density %s: the densest", threshold);
  }

  private Path scenarioBase(DiscoverySource source) {
    return table != null ? base : source.base();
  }

  private boolean[] whole(DiscoverySource source) {
    boolean[] whole = new boolean[source.table().inputs().size()];
    for (int d = 0; d < whole.length; d++) {
      whole[d] = source.factors().isEmpty()
          ? ParamSchema.componentAt(source.table().inputs().get(d).name())
              .map(c -> c.type() == int.class || c.type() == long.class).orElse(false)
          : source.factors().get(d).integer();
    }
    return whole;
  }

  /** The --set overrides that put every input at the box's centre. */
  private static List<String> overrides(DiscoverySource source, List<String> centre) {
    List<String> sets = new ArrayList<>();
    for (int d = 0; d < centre.size(); d++) {
      if (source.factors().isEmpty()) {
        sets.add(source.table().inputs().get(d).name() + "=" + centre.get(d));
      } else {
        sets.addAll(source.factors().get(d).overrides(centre.get(d)));
      }
    }
    return sets;
  }

  private String header(RowCondition condition, PrimBox reported) {
    return String.format(Locale.ROOT, "Scenario discovery (release-sim discover): the centre of"
        + " PRIM's box %d for%n  %s%nover %s (coverage %s, density %s, mass %s).",
        reported.index(), condition.text(), table != null ? table : results,
        CsvNumbers.format(reported.coverage()), CsvNumbers.format(reported.density()),
        CsvNumbers.format(reported.mass()));
  }

  private String summary(RowCondition condition, PrimData data, List<PrimBox> trajectory,
      int chosen, PrimBox pasted) {
    StringBuilder s = new StringBuilder();
    s.append("source: ").append(table != null ? table : results).append('\n');
    s.append("condition: ").append(condition.text()).append('\n');
    s.append("inputs: ").append(String.join(", ", data.dimensions().stream()
        .map(d -> d.name() + (d.categorical() ? " (categorical)" : "")).toList())).append('\n');
    s.append("rows: ").append(data.rows()).append(", condition true in ").append(data.hits())
        .append('\n');
    s.append("alpha: ").append(alpha).append(", min mass: ").append(minMass)
        .append(", threshold: ").append(threshold).append(box == null ? "" : ", box: " + box)
        .append(", paste: ").append(paste).append('\n');
    s.append("boxes: ").append(trajectory.size()).append(", chosen: ").append(chosen)
        .append(" (").append(reasonChosen(chosen, trajectory)).append(")")
        .append(pasted == null ? "" : ", then pasted").append('\n');
    return s.toString();
  }
}
