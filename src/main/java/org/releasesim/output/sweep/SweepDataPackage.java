package org.releasesim.output.sweep;

import static org.releasesim.output.DataPackage.foreignKey;
import static org.releasesim.output.DataPackage.integer;
import static org.releasesim.output.DataPackage.number;
import static org.releasesim.output.DataPackage.schema;
import static org.releasesim.output.DataPackage.string;
import static org.releasesim.output.DataPackage.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.sweep.Contrasts;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.output.DataPackage;
import org.releasesim.output.DataPackage.Field;
import org.releasesim.output.DataPackage.ForeignKey;
import org.releasesim.output.DataPackage.Reference;
import org.releasesim.output.DataPackage.Resource;

/**
 * The data dictionary ({@value DataPackage#FILE}) of a sweep or comparison folder: a resource
 * for each of its CSV files, with every column's type, description and unit. runs.csv is wide
 * (a column per outcome), so each outcome column carries its own unit; the long tables
 * (points.csv, series.csv, runs-series.csv, contrasts.csv or compare.csv, morris.csv) end with a
 * {@code unit} column.
 */
final class SweepDataPackage {
  private static final String PER_ROW = DataPackage.UNIT_PER_ROW;
  private static final String DESIGN = "design";

  private SweepDataPackage() {}

  /**
   * Writes the descriptor of {@code dir}, whose CSV files are {@code files} (other names in the
   * list are ignored).
   */
  static void write(Path dir, SweepPlan plan, List<String> files, String contrastsFile)
      throws IOException {
    List<Resource> resources = new ArrayList<>();
    for (String file : files) {
      Resource r = resource(plan, file, contrastsFile);
      if (r != null) {
        resources.add(r);
      }
    }
    boolean compare = contrastsFile.equals(ContrastsCsv.COMPARE);
    String folder = dir.getFileName() == null ? "" : dir.getFileName().toString();
    DataPackage.Descriptor descriptor = new DataPackage.Descriptor("tabular-data-package",
        DataPackage.packageName("release-sim-" + plan.name() + "-" + folder),
        "release-sim " + (compare ? "comparison " : "sweep ") + plan.name() + ", " + folder,
        "The CSV files of a release-sim " + (compare ? "paired policy comparison" : "sweep")
            + ", with the unit of every number. An outcome is a metric's total for the"
            + " scenario as a whole over the recorded period, optionally narrowed to a crime"
            + " type, group or status (metric/CATEGORY): flows per 100,000 residents (all"
            + " groups) per year, stocks as their average level, ratios as shares, rates per"
            + " 100,000 residents of the group per year.", resources);
    DataPackage.write(dir.resolve(DataPackage.FILE), descriptor);
  }

  private static Resource resource(SweepPlan plan, String file, String contrastsFile) {
    if (file.equals(RunsCsv.FILE)) {
      return runs(plan);
    } else if (file.equals(PointsCsv.DESIGN)) {
      return design(plan);
    } else if (file.equals(PointsCsv.FILE)) {
      return points(plan);
    } else if (file.equals(contrastsFile)) {
      return contrasts(plan, file);
    } else if (file.equals(IndicesCsv.MORRIS)) {
      return morris();
    } else if (file.equals(IndicesCsv.SOBOL)) {
      return sobol();
    } else if (file.equals(SeriesRunsCsv.FILE)) {
      return runsSeries();
    } else if (file.equals(SeriesCsv.FILE)) {
      return series(plan);
    } else if (file.equals(PosteriorCsv.CONTRASTS)) {
      return posteriorContrasts();
    } else if (file.equals(PosteriorCsv.DRAWS)) {
      return draws(plan);
    }
    return null;
  }

  private static Resource posteriorContrasts() {
    String square = "the square of the row's unit";
    String share = "share (multiply by 100 for percent)";
    List<Field> fields = DataPackage.fields(
        string("policy", "The policy whose effect this is."),
        string("reference", "The reference policy (the first of --policies)."),
        outcomeField(),
        integer("draws", "Parameter sets drawn from the posterior (D).", null),
        integer("replicates", "Replicates per policy at each draw (R).", "runs"),
        number("mean_effect", "Mean over the draws of the mean paired effect, policy minus"
            + " reference.", PER_ROW),
        number("ci95_low", "2.5% quantile of the draw-level mean effects (R type 7): the lower"
            + " end of the 95% credible interval.", PER_ROW),
        number("ci95_high", "97.5% quantile of the draw-level mean effects (R type 7).",
            PER_ROW),
        number("within_variance", "W: the mean over draws of the within-draw variance of the"
            + " effect, estimating run-to-run noise E[Var(Y | draw)].", square),
        number("draw_means_variance", "B: the variance of the draw-level mean effects.",
            square),
        number("parameter_variance", "max(0, B - W / R): the unbiased estimate of"
            + " Var(E[Y | draw]), the variance due to the parameters, clamped at 0.", square),
        DataPackage.bool("parameter_variance_clamped", "Whether B - W / R was below 0 and set"
            + " to 0."),
        number("parameter_share", "parameter_variance / (W + parameter_variance).", share),
        number("noise_share", "W / (W + parameter_variance).", share),
        number("noise_share_of_draw_means", "(W / R) / B: how much of the spread of the"
            + " draw-level effects (and so of the credible interval) is still noise.", share),
        string("threshold", "The --threshold for this outcome, absolute (+50) or in percent of"
            + " the reference mean at the same draw (+1%); empty when none was given."),
        number("p_exceeds", "Share of draws whose mean effect exceeds the threshold; empty"
            + " without one.", share),
        string("most_influential", "Up to three posterior parameters with the largest absolute"
            + " Spearman rank correlation between their value and the draw-level effect."),
        DataPackage.unitColumn("the outcome (effects and interval)"));
    return table(PosteriorCsv.CONTRASTS, "Per policy and outcome: the effect over the"
        + " posterior draws, its 95% credible interval, the split of its variance into"
        + " parameters and run-to-run noise, and the probability of exceeding the threshold.",
        schema(fields, List.of("policy", "outcome"), List.of()));
  }

  private static Resource draws(SweepPlan plan) {
    int contrast = Contrasts.factorIndex(plan);
    List<Field> fields = DataPackage.fields(
        integer("draw", "Draw from the posterior, from 0.", null),
        integer("particle", "The posterior particle drawn (its particle number).", null),
        number("weight", "The particle's weight in the posterior.", "share"));
    for (int f = 0; f < plan.factors().size(); f++) {
      if (f != contrast) {
        String key = plan.factors().get(f).name();
        fields.add(number(key, "The particle's value of " + key + ".",
            "that of the scenario key (docs/scenario-reference.md)"));
      }
    }
    List<String> policies = plan.factors().get(contrast).levels();
    for (String policy : policies.subList(1, policies.size())) {
      for (int o : plan.outcomes().primary()) {
        OutcomeSpec spec = plan.outcomes().columns().get(o);
        String stem = spec.column() + ":" + policy + ":";
        String of = " of " + policy + " against " + policies.get(0) + " on " + spec.column();
        fields.add(number(stem + "effect", "Mean paired effect" + of + " over the draw's"
            + " replicates.", spec.unit()));
        fields.add(number(stem + "within_variance", "Variance of the paired effect" + of
            + " over the draw's replicates.", "(" + spec.unit() + ") squared"));
        fields.add(number(stem + "reference_mean", "Mean of " + spec.column() + " under "
            + policies.get(0) + " over the draw's replicates.", spec.unit()));
      }
    }
    return table(PosteriorCsv.DRAWS, "Per posterior draw: the particle, its parameter values,"
        + " and per policy and outcome the mean paired effect, its within-draw variance and"
        + " the reference policy's mean.", schema(fields, List.of("draw"), List.of()));
  }

  private static Resource runs(SweepPlan plan) {
    List<Field> fields = DataPackage.fields(
        integer("run", "Run index, from 0, in run order.", null),
        integer("point", "Design point of the run (design.csv).", null),
        integer("replicate", "Replicate of the point, from 0.", null),
        integer("seed", "The run's master seed: with the factor values as overrides it repeats"
            + " the run.", null));
    fields.addAll(factorFields(plan));
    for (OutcomeSpec spec : plan.outcomes().columns()) {
      fields.add(number(spec.column(), outcomeDescription(spec), spec.unit()));
    }
    return table(RunsCsv.FILE, "One row per run: its seed, its factor values and every"
        + " outcome, one column each (wide). The raw data of the sweep; each outcome column's"
        + " unit is in its description and unit property.", schema(fields, List.of("run"),
            List.of(foreignKey("point", DESIGN))));
  }

  private static Resource design(SweepPlan plan) {
    List<Field> fields = DataPackage.fields(pointField());
    fields.addAll(factorFields(plan));
    return table(PointsCsv.DESIGN, "The design points: each factor's value at each point.",
        schema(fields, List.of("point"), List.of()));
  }

  private static Resource points(SweepPlan plan) {
    List<Field> fields = DataPackage.fields(pointField());
    fields.addAll(factorFields(plan));
    fields.add(outcomeField());
    fields.addAll(stats("over the point's replicates"));
    fields.add(DataPackage.unitColumn("the outcome (mean, sd and interval)"));
    return table(PointsCsv.FILE, "Per design point and outcome (long): the replicates, their"
        + " mean, standard deviation and 95% t interval.", schema(fields,
            List.of("point", "outcome"), List.of(foreignKey("point", DESIGN))));
  }

  private static Resource contrasts(SweepPlan plan, String file) {
    List<Field> fields = DataPackage.fields(pointField());
    fields.addAll(factorFields(plan));
    fields.add(integer("reference_point", "The design point this point is compared with.",
        null));
    fields.add(outcomeField());
    fields.add(integer("n", "Replicate pairs.", "runs"));
    fields.add(number("reference_mean", "Mean of the outcome at the reference point.", PER_ROW));
    fields.add(number("mean", "Mean of the outcome at this point.", PER_ROW));
    fields.add(number("difference", "Mean paired difference, this point minus the reference"
        + " (same seeds).", PER_ROW));
    fields.add(number("sd_difference", "Standard deviation of the paired differences.",
        PER_ROW));
    fields.add(number("ci95_half_width", "Half-width of the difference's 95% t interval.",
        PER_ROW));
    fields.add(number("ci95_low", "Lower end of the difference's 95% t interval.", PER_ROW));
    fields.add(number("ci95_high", "Upper end of the difference's 95% t interval.", PER_ROW));
    fields.add(number("relative_difference", "difference / reference_mean; empty when the"
        + " reference mean is 0.", "share (multiply by 100 for percent)"));
    fields.add(number("variance_paired", "Variance of the paired differences.",
        "the square of the row's unit"));
    fields.add(number("variance_unpaired", "var(reference) + var(point): the variance of the"
        + " difference with independent seeds.", "the square of the row's unit"));
    fields.add(number("variance_ratio", "variance_unpaired / variance_paired: what pairing"
        + " bought.", "ratio (no unit)"));
    fields.add(DataPackage.unitColumn("the outcome (means, difference and interval)"));
    List<ForeignKey> keys = List.of(foreignKey("point", DESIGN), new ForeignKey(
        List.of("reference_point"), new Reference(DESIGN, List.of("point"))));
    return table(file, "Per point and outcome (long): the paired difference from the reference"
        + " point, with its 95% t interval and the variance-reduction ratio.",
        schema(fields, List.of("point", "outcome"), keys));
  }

  private static Resource morris() {
    String effects = "the outcome's change over the factor's whole range";
    List<Field> fields = DataPackage.fields(outcomeField(), factorNameField(),
        integer("effects", "Elementary effects averaged.", null),
        number("mu", "Mean elementary effect (" + effects + ").", PER_ROW),
        number("mu_star", "Mean absolute elementary effect.", PER_ROW),
        number("sigma", "Standard deviation of the elementary effects.", PER_ROW),
        number("mu_star_ci95_low", "Lower end of mu_star's 95% bootstrap interval.", PER_ROW),
        number("mu_star_ci95_high", "Upper end of mu_star's 95% bootstrap interval.", PER_ROW),
        DataPackage.unitColumn("the outcome, in which mu, mu_star and sigma are given ("
            + effects + ")"));
    return table(IndicesCsv.MORRIS, "Morris screening: per outcome and factor, the elementary"
        + " effects' mu, mu* and sigma.", schema(fields, List.of("outcome", "factor"),
            List.of()));
  }

  private static Resource sobol() {
    String share = "share of the outcome's variance";
    List<Field> fields = DataPackage.fields(outcomeField(), factorNameField(),
        number("s1", "First-order Sobol index.", share),
        number("s1_ci95_low", "Lower end of s1's 95% bootstrap interval.", share),
        number("s1_ci95_high", "Upper end of s1's 95% bootstrap interval.", share),
        number("st", "Total-order Sobol index.", share),
        number("st_ci95_low", "Lower end of st's 95% bootstrap interval.", share),
        number("st_ci95_high", "Upper end of st's 95% bootstrap interval.", share));
    return table(IndicesCsv.SOBOL, "Sobol indices per outcome and factor: shares of variance,"
        + " so no unit column.", schema(fields, List.of("outcome", "factor"), List.of()));
  }

  private static Resource runsSeries() {
    List<Field> fields = DataPackage.fields(
        integer("run", "Run index (runs.csv).", null), outcomeField(),
        integer("day", "End of the output interval, in days after the warm-up.", "days"),
        number("value", "The outcome over the interval, as in a run's timeseries.csv: a count"
            + " per interval, a level at its end, a share or an annualised rate.", PER_ROW),
        DataPackage.unitColumn("value"));
    return table(SeriesRunsCsv.FILE, "Each run's time series of the outcomes the sweep file"
        + " lists under timeSeries (long).", schema(fields, List.of("run", "outcome", "day"),
            List.of(foreignKey("run", "runs"))));
  }

  private static Resource series(SweepPlan plan) {
    List<Field> fields = DataPackage.fields(pointField());
    fields.addAll(factorFields(plan));
    fields.add(outcomeField());
    fields.add(integer("day", "End of the output interval, in days after the warm-up.",
        "days"));
    fields.addAll(stats("over the point's replicates, per interval"));
    fields.add(DataPackage.unitColumn("the outcome (mean, sd and interval)"));
    return table(SeriesCsv.FILE, "Per point, time-series outcome and interval (long): the mean"
        + " over replicates with its 95% t interval.", schema(fields,
            List.of("point", "outcome", "day"), List.of(foreignKey("point", DESIGN))));
  }

  private static Field pointField() {
    return integer("point", "Design point, from 0 (design.csv).", null);
  }

  private static Field outcomeField() {
    return string("outcome", "The outcome: a metric id, optionally narrowed to a crime type,"
        + " group or status (metric/CATEGORY), as the runs.csv column of that name.");
  }

  private static Field factorNameField() {
    return string("factor", "The factor's name, as its column in design.csv.");
  }

  private static List<Field> stats(String over) {
    return List.of(
        integer("n", "Replicates " + over + ".", "runs"),
        number("mean", "Mean " + over + ".", PER_ROW),
        number("sd", "Standard deviation " + over + ".", PER_ROW),
        number("ci95_half_width", "Half-width of the mean's 95% t interval.", PER_ROW),
        number("ci95_low", "Lower end of the mean's 95% t interval.", PER_ROW),
        number("ci95_high", "Upper end of the mean's 95% t interval.", PER_ROW));
  }

  private static List<Field> factorFields(SweepPlan plan) {
    List<Field> fields = new ArrayList<>();
    for (Factor f : plan.factors()) {
      String description = "Factor " + f.name() + ": the value given to the scenario key"
          + (f.keys().size() == 1 ? " " : "s ") + String.join(", ", f.keys()) + ".";
      fields.add(f.numeric()
          ? number(f.name(), description, "that of the scenario key (docs/scenario-reference.md)")
          : string(f.name(), description));
    }
    return fields;
  }

  /** What an outcome column of runs.csv holds. */
  static String outcomeDescription(OutcomeSpec spec) {
    Metric m = spec.metric();
    List<String> narrowed = new ArrayList<>();
    for (String part : List.of(spec.type(), spec.group(), spec.status())) {
      if (!part.equals(SeriesPoint.ALL)) {
        narrowed.add(part);
      }
    }
    String value = switch (m.kind()) {
      case FLOW -> "total per 100,000 residents (of all groups) per year";
      case STOCK -> "average level";
      case RATIO -> "share";
      case RATE -> "value per 100,000 residents of the group per year";
    };
    return m.id() + (narrowed.isEmpty() ? "" : " (" + String.join(", ", narrowed) + ")")
        + " for the scenario as a whole over the recorded period, "
        + value + " (" + m.kind().name().toLowerCase(Locale.ROOT) + "): " + m.description()
        + ".";
  }
}
