package org.releasesim.output;

import static org.releasesim.output.DataPackage.bool;
import static org.releasesim.output.DataPackage.foreignKey;
import static org.releasesim.output.DataPackage.integer;
import static org.releasesim.output.DataPackage.number;
import static org.releasesim.output.DataPackage.schema;
import static org.releasesim.output.DataPackage.string;
import static org.releasesim.output.DataPackage.table;

import java.io.IOException;
import java.util.List;
import org.releasesim.output.DataPackage.Field;
import org.releasesim.output.DataPackage.Resource;

/**
 * The data dictionary of a run folder ({@value DataPackage#FILE}): {@code timeseries.csv},
 * {@code summary.csv}, {@code stationarity.csv} and the metric dictionary {@code metrics.csv}
 * that the first two refer to by their {@code metric} column.
 */
final class RunDataPackage {
  private static final String METRICS = "metrics";
  /** How to add up summary rows without counting any twice: also in README and the ODD. */
  static final String SAFE_SUM = "Rows with margin true are totals of other rows (the level all"
      + " in a breakdown the metric has, or the jurisdiction all), so a plain sum over every row"
      + " counts cells twice: sum the rows of one metric with margin false, or take its margin"
      + " row. Only metrics with summable true in metrics.csv (flows and stocks other than"
      + " trust) add up; a ratio's or rate's margin row is recomputed from its numerator and"
      + " denominator, never summed or averaged. The level all in a dimension that a metric is"
      + " not broken down by (see dimensions in metrics.csv) is its only level, not a margin.";

  private RunDataPackage() {}

  /** Writes the run folder's {@value DataPackage#FILE}. */
  static void write(RunDirectory run, String scenarioName) throws IOException {
    DataPackage.Descriptor descriptor = new DataPackage.Descriptor("tabular-data-package",
        DataPackage.packageName("release-sim-run-" + run.scenarioName() + "-" + run.runId()),
        "release-sim run " + run.runId() + " of the scenario " + scenarioName,
        "The CSV files of one release-sim run, with the unit of every number. Flows are counts"
            + " (summed over time), stocks are levels (averaged over time), ratios are shares"
            + " and rates are counts per 100,000 residents of the row's own group per year"
            + " (see kind and unit in metrics.csv). " + SAFE_SUM,
        List.of(timeseries(), summary(), stationarity(), metrics()));
    DataPackage.write(run.file(DataPackage.FILE), descriptor);
  }

  private static List<Field> breakdown() {
    return List.of(
        string("jurisdiction", "Jurisdiction (county) name; all for the scenario as a whole"
            + " (summary.csv only, with more than one jurisdiction)."),
        string("metric", "Metric id, described in metrics.csv."),
        string("type", "Crime type, or all (see the metric's dimensions in metrics.csv)."),
        string("group", "Group of the person the metric counts (offender, victim or subject, as"
            + " its description says), or all."),
        string("status", "Status or outcome category of the metric, or all."));
  }

  private static Resource timeseries() {
    List<Field> fields = DataPackage.fields(
        integer("day", "End of the output interval, in days after the warm-up.", "days"));
    fields.addAll(breakdown());
    fields.add(number("value", "Flows: the count within the interval; stocks: the level at the"
        + " interval's end; ratios: the share of the interval's counts; rates: the interval's"
        + " count per 100,000 residents of the group at its end, annualised. A derived cell with"
        + " nothing to divide by has no row.", DataPackage.UNIT_PER_ROW));
    fields.add(DataPackage.unitColumn("value (the metric's timeseries_unit in metrics.csv)"));
    return table(RunDirectory.TIMESERIES, "The run's time series in tidy long form, one value per"
        + " row and output interval. Every row is one cell of a metric's breakdown: there are"
        + " no total (margin) rows, so rows of one metric, interval and jurisdiction add up"
        + " for summable metrics.",
        schema(fields, List.of("day", "jurisdiction", "metric", "type", "group", "status"),
            List.of(foreignKey("metric", METRICS))));
  }

  private static Resource summary() {
    List<Field> fields = DataPackage.fields();
    fields.addAll(breakdown());
    fields.add(string("kind", "flow, stock, ratio or rate: how the metric aggregates."));
    fields.add(number("value", "Over the recorded period. Flows: the total; stocks: the"
        + " time-average level; ratios: the numerator's total over the denominator's; rates: per"
        + " 100,000 residents of the row's own group (all residents for the group all) per"
        + " year.", DataPackage.UNIT_PER_ROW));
    fields.add(number("per_year", "Flows: value per year of the recorded period; empty"
        + " otherwise.", "the row's unit per year"));
    fields.add(number("per_100k_per_year", "Flows: value per 100,000 residents of every group"
        + " per year (not of the row's group: see the rate metrics for that); stocks: the"
        + " average level per 100,000 residents; empty for ratios and rates.",
        "the row's unit per 100,000 residents per year (stocks: per 100,000 residents)"));
    fields.add(DataPackage.unitColumn("value"));
    fields.add(bool("margin", "true for a total of other rows: all in a breakdown the metric"
        + " has, or the jurisdiction all. " + SAFE_SUM));
    return table(RunDirectory.SUMMARY, "Every metric over the recorded period, for every"
        + " breakdown cell and every margin (each breakdown summed out or kept), per"
        + " jurisdiction and for the scenario as a whole. " + SAFE_SUM,
        schema(fields, List.of("jurisdiction", "metric", "type", "group", "status"),
            List.of(foreignKey("metric", METRICS))));
  }

  private static Resource stationarity() {
    String perRow = DataPackage.UNIT_PER_ROW;
    List<Field> fields = List.of(
        string("series", "Key series checked (not always a metric id: jail_pretrial_share is"
            + " jail_population's PRETRIAL share)."),
        string("group", "Group, or all."),
        DataPackage.unitColumn("first_mean, last_mean and the slopes"),
        number("window_days", "Length of the first and last window compared (3 years, or a"
            + " third of a shorter recorded period).", "days"),
        number("first_mean", "Mean over the first window.", perRow),
        number("last_mean", "Mean over the last window.", perRow),
        number("relative_change_pct", "Change from the first to the last window, in percent of"
            + " the first.", "percent"),
        number("noise_pct", "The change that chance variation explains, in percent of the"
            + " first window's mean.", "percent"),
        string("result", "pass or fail against the 3% criterion."),
        number("slope_per_year", "Least-squares trend over the recorded period.",
            "the row's unit per year"),
        number("slope_low", "Lower end of the trend's 95% interval.", "the row's unit per year"),
        number("slope_high", "Upper end of the trend's 95% interval.",
            "the row's unit per year"),
        number("mser5_truncation_days", "Day of the recorded period from which MSER-5 would keep"
            + " the data; empty if it cannot say.", "days"));
    return table(RunDirectory.STATIONARITY, "Whether each key series settled over the recorded"
        + " period.", schema(fields, List.of("series", "group"), List.of()));
  }

  private static Resource metrics() {
    List<Field> fields = List.of(
        string("metric", "Metric id, as in the metric column of timeseries.csv and"
            + " summary.csv."),
        string("kind", "flow (counted per interval, summed over time), stock (a level,"
            + " averaged over time), ratio (a share: numerator over denominator) or rate"
            + " (numerator per 100,000 residents of the row's own group per year)."),
        string("unit", "The unit of the metric's value in summary.csv."),
        string("timeseries_unit", "The unit of the metric's value in timeseries.csv."),
        string("dimensions", "The breakdowns the metric has (type, group, status, joined by"
            + " ' x '), or none."),
        string("types", "Levels of type, separated by ';' (all: no breakdown by type)."),
        string("groups", "Levels of group, separated by ';' (all: no breakdown by group)."),
        string("statuses", "Levels of status, separated by ';' (all: no breakdown by"
            + " status)."),
        bool("summable", "Whether the metric's rows add up over categories and jurisdictions"
            + " (flows and stocks, except the trust index); ratios and rates never do."),
        string("numerator", "For a ratio or rate, the metric it counts; empty otherwise."),
        string("denominator", "For a ratio, the metric it divides by; for a rate, residents"
            + " (of the row's group); empty otherwise."),
        string("description", "What the metric counts."));
    return table(RunDirectory.METRICS, "The dictionary of metrics.", schema(fields,
        List.of("metric"), List.of()));
  }
}
