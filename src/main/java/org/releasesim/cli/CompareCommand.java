package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.releasesim.app.PosteriorComparison;
import org.releasesim.app.SweepCompareRounds;
import org.releasesim.app.SweepCompareTable;
import org.releasesim.app.SweepMemory;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.experiment.RunSize;
import org.releasesim.experiment.compare.AdaptiveReplications;
import org.releasesim.experiment.compare.CompareSweep;
import org.releasesim.experiment.compare.Posterior;
import org.releasesim.experiment.compare.PosteriorDraws;
import org.releasesim.experiment.compare.PosteriorFile;
import org.releasesim.experiment.compare.Threshold;
import org.releasesim.experiment.sweep.LargestRun;
import org.releasesim.experiment.sweep.OutcomeSet;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.model.param.PolicyCatalog;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import org.releasesim.scenario.UserText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code release-sim compare SCENARIO --policies A,B,...}: a paired policy comparison. Each
 * replicate runs every policy with the same seed; each outcome's difference from the first policy
 * gets a 95% t interval, and the variance reduction that pairing bought is shown.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare release policies on one scenario with common random numbers: each"
        + " replicate runs every policy with the same seed, so the paired difference from the"
        + " first policy has a far narrower 95%% interval than independent runs would give.",
        "Writes compare.csv, runs.csv, points.csv, charts and index.html to a new folder"
            + " <out>/compare-<scenario>/<run-id>/ (named as runs are, so no comparison"
            + " replaces another); prints the differences and the variance-reduction ratio"
            + " var(A)+var(B) / var(B-A).",
        "With --posterior posterior.csv, the comparison is repeated at --draws parameter sets"
            + " drawn from the posterior, and posterior-contrasts.csv, draws.csv and their charts"
            + " give each effect's credible interval, the shares of its variance due to the"
            + " parameters and to run-to-run noise, and the probability that it exceeds"
            + " --threshold (see docs/uncertainty.md)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:internal error", "2:bad scenario or option; a full disk or"
        + " read-only output; too little memory"})
public final class CompareCommand implements Callable<Integer> {
  private static final int DEFAULT_DRAWS = 100;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Option(names = "--policies", required = true, split = ",", paramLabel = "A,B,...",
      description = "Policies to compare, the reference first: bundled ones or those the"
          + " scenario defines under policies; 'all' for every policy the scenario knows.")
  List<String> policies;

  @Option(names = "--replications", defaultValue = "10", paramLabel = "R",
      description = "Replicates per policy (default: ${DEFAULT-VALUE}); the first batch when"
          + " --precision is given.")
  int replications;

  @Mixin
  WorkerThreads threads;

  @Mixin
  ScenarioOverrides scenarioOverrides;

  @Option(names = "--outcomes", split = ",", paramLabel = "O,...", description = "Outcomes to"
      + " report (default: crimes, reporting_rate, custodial_transfers, at_large_arrests,"
      + " removals); metric/GROUP/STATUS narrows one, e.g. crimes/UNAUTHORIZED or"
      + " victimisation_rate/UNAUTHORIZED.")
  List<String> outcomes = new ArrayList<>();

  @Option(names = "--precision", paramLabel = "OUTCOME=HALFWIDTH", description = "Add"
      + " replicates until every paired difference of OUTCOME has a 95%% half-width of at most"
      + " HALFWIDTH (or --max-replications is reached). Repeatable.")
  Map<String, Double> precision = new LinkedHashMap<>();

  @Option(names = "--max-replications", defaultValue = "100", paramLabel = "M",
      description = "Cap for --precision (default: ${DEFAULT-VALUE}).")
  int maxReplications;

  @Option(names = "--posterior", paramLabel = "FILE", description = "Compare over a posterior"
      + " (posterior.csv: particle,weight,<key>,...): draw --draws parameter sets by weight, run"
      + " --replications paired replicates of every policy at each, and report each effect's"
      + " mean, 95%% credible interval, the shares of its variance due to the parameters and to"
      + " run-to-run noise, and the probability of exceeding --threshold.")
  Path posterior;

  @Option(names = "--draws", paramLabel = "D", description = "Parameter sets drawn from"
      + " --posterior by systematic resampling (default: 100).")
  Integer draws;

  @Option(names = "--threshold", paramLabel = "OUTCOME=VALUE", description = "With --posterior:"
      + " report the probability that each policy's effect on OUTCOME exceeds VALUE, absolute"
      + " (crimes=+50) or in percent of the reference policy's mean (crimes=+1%%). Repeatable,"
      + " once per outcome.")
  List<String> thresholds = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/sweeps",
      description = "Parent folder of the results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  QuietOption quiet;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    LoadedScenario loaded = new ScenarioReader().read(scenario, scenarioOverrides.sets());
    List<String> chosen = chosenPolicies(loaded.params().policyNames());
    List<String> wanted = new ArrayList<>();
    for (String o : outcomes.isEmpty() ? OutcomeSet.DEFAULT_PRIMARY : outcomes) {
      wanted.add(parseOutcome(o, "--outcomes").column());
    }
    Map<String, Double> targets = new LinkedHashMap<>();
    precision.forEach((k, v) -> targets.put(parseOutcome(k, "--precision").column(), v));
    targets.keySet().stream().filter(t -> !wanted.contains(t)).forEach(wanted::add);
    Map<String, Threshold> limits = thresholds();
    limits.keySet().stream().filter(t -> !wanted.contains(t)).forEach(wanted::add);
    long master = scenarioOverrides.seed() == null ? loaded.params().seed()
        : scenarioOverrides.seed();
    PosteriorDraws drawn = posterior == null ? null : drawn(loaded, master);
    CompareSweep sweep = new CompareSweep(loaded.name(), scenario, scenarioOverrides.sets(), chosen,
        master, replications, wanted, drawn);
    PosteriorComparison further = drawn == null ? null : new PosteriorComparison(sweep, limits);
    PrintWriter printer = spec.commandLine().getOut();
    // every point of a comparison is the scenario under another policy, which keeps no series
    LargestRun largest = largest(loaded, sweep);
    int workers = SweepMemory.threads(threads.requested(), largest,
        Runtime.getRuntime().maxMemory(), printer::println);
    SweepCompareRounds rounds = new SweepCompareRounds(sweep, out, workers,
        new AdaptiveReplications(targets, Math.max(replications, maxReplications)),
        commandLine(), quiet.on() ? null : System.err, further);
    SweepCompareRounds.Result result = rounds.run(printer);
    if (further == null) {
      SweepCompareTable.print(printer, result.analysis());
    } else {
      further.print(printer);
    }
    if (result.adaptive() != null) {
      printer.println("Adaptive replications: " + result.adaptive() + ".");
    }
    printer.println("Results in " + result.dir());
    printer.flush();
    return ExitCodes.OK;
  }

  /** The policies named by --policies, among those the scenario knows (bundled or its own). */
  private List<String> chosenPolicies(List<String> all) {
    List<String> chosen = policies.size() == 1 && policies.get(0).equals(PolicyCatalog.ALL) ? all
        : policies.stream().map(String::strip).toList();
    for (String p : chosen) {
      if (!all.contains(p)) {
        throw new UserInputException("--policies: '" + UserText.quote(p) + "' is not a policy"
            + " of " + scenario + "; allowed: all, or two or more of " + String.join(", ", all)
            + " (the bundled policies and those the scenario defines under policies).");
      }
    }
    if (chosen.size() < 2 || chosen.stream().distinct().count() != chosen.size()) {
      throw new UserInputException("--policies needs two or more distinct policies, the"
          + " reference first, such as --policies NO_COOPERATION,HONOR_DETAINERS.");
    }
    return chosen;
  }

  /** The draws from --posterior, each checked against the scenario. */
  private PosteriorDraws drawn(LoadedScenario loaded, long master) {
    Posterior read = PosteriorFile.read(posterior);
    PosteriorDraws drawn = PosteriorDraws.of(read, draws == null ? DEFAULT_DRAWS : draws,
        master);
    List<Posterior.Particle> particles = new ArrayList<>();
    for (int d = 0; d < drawn.count(); d++) {
      particles.add(drawn.particle(d));
    }
    PosteriorFile.check(read, scenario, scenarioOverrides.sets(), loaded.params(), particles);
    return drawn;
  }

  /** The comparison's largest run, for the memory check. */
  private static LargestRun largest(LoadedScenario loaded, CompareSweep sweep) {
    RunSize base = RunSize.of(loaded.params()).holding(RunSize.Series.NONE);
    LargestRun largest = new LargestRun(0, base);
    PosteriorDraws drawn = sweep.draws();
    for (int d = 0; drawn != null && d < drawn.count(); d++) {
      // a posterior may set a size, such as a county's population
      RunSize size = base;
      List<String> values = drawn.values(d);
      for (int k = 0; k < values.size(); k++) {
        size = size.with(drawn.posterior().keys().get(k), values.get(k));
      }
      if (MemoryEstimate.bytesNeeded(size) > largest.bytes()) {
        largest = new LargestRun(sweep.point(d, 0), size);
      }
    }
    return largest;
  }

  /** The --threshold options, by outcome column; at most one per outcome. */
  private Map<String, Threshold> thresholds() {
    Map<String, Threshold> result = new LinkedHashMap<>();
    for (String text : thresholds) {
      Threshold t;
      try {
        t = Threshold.parse(text.strip());
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--threshold " + text + ": " + e.getMessage() + ".");
      }
      if (result.put(t.outcome(), t) != null) {
        throw new UserInputException("--threshold gives " + t.outcome() + " twice; give one"
            + " threshold per outcome.");
      }
    }
    return result;
  }

  private void checkOptions() {
    if (posterior == null && (draws != null || !thresholds.isEmpty())) {
      throw new UserInputException((draws != null ? "--draws" : "--threshold") + " needs"
          + " --posterior FILE: draws and thresholds are of a comparison over a posterior"
          + " (a posterior.csv file of weighted particles).");
    }
    if (posterior != null && draws != null && (draws < 2 || draws > 100_000)) {
      throw new UserInputException("--draws " + draws + ": give 2 to 100000 (a credible"
          + " interval and the between-draw variance need at least two draws).");
    }
    if (posterior != null && !precision.isEmpty()) {
      throw new UserInputException("--precision cannot be combined with --posterior: adding"
          + " replicates until a target half-width is reached is for a comparison on one"
          + " parameter set; with --posterior, raise --replications or --draws instead.");
    }
    if (replications < 2 || replications > 100_000) {
      throw new UserInputException("--replications " + replications + ": give 2 to 100000"
          + (posterior != null ? " (with --posterior, the within-draw variance needs at least"
          + " two replicates per draw)." : " (an interval needs at least two replicates)."));
    }
    if (maxReplications < 2) {
      throw new UserInputException("--max-replications " + maxReplications + ": give 2 to"
          + " 100000 (the cap on replicates that --precision may add; an interval needs at"
          + " least two).");
    }
    // one message per option, naming the option given
    if (maxReplications > 100_000) {
      throw new UserInputException("--max-replications " + maxReplications + ": give 2 to"
          + " 100000.");
    }
    threads.requested();
    Long seed = scenarioOverrides.seed();
    if (seed != null && seed < 0) {
      throw new UserInputException("--seed " + seed + ": the master seed is a whole number of"
          + " at least 0.");
    }
    precision.forEach((k, v) -> {
      if (!(v > 0)) {
        throw new UserInputException("--precision " + k + "=" + v + ": the half-width must be"
            + " above 0.");
      }
    });
  }

  private static OutcomeSpec parseOutcome(String text, String option) {
    try {
      return OutcomeSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(option + ": " + e.getMessage() + ".");
    }
  }

  private List<String> commandLine() {
    List<String> args = new ArrayList<>(List.of("release-sim"));
    args.addAll(spec.commandLine().getParseResult().originalArgs());
    return args;
  }
}
