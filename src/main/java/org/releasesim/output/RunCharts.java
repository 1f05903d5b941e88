package org.releasesim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.output.Grain.Binned;

/**
 * Draws the standard charts of a run from its time series (which may have been read back from
 * {@value RunDirectory#TIMESERIES}, so charts can be redrawn without rerunning the model).
 *
 * <p>With one jurisdiction each chart is drawn once. With several, each is drawn twice: for the
 * scenario as a whole ({@code <id>}), and as side-by-side panels, one per jurisdiction, on a
 * shared vertical scale ({@code <id>_by_jurisdiction}), which is what a comparison of counties
 * with different policies needs. A chart of several measures (victimisation and reporting by
 * victim group) shows them side by side in one figure, or, by jurisdiction, one row of panels
 * per measure. A chart whose metrics are absent from the series is skipped.
 */
public final class RunCharts {
  /** Size of a chart, pixels (SVG user units). */
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 560;
  /** Width per panel when panels need more than {@link #WIDTH}, pixels. */
  private static final int PANEL_WIDTH = 560;
  private static final int MAX_WIDTH = 2400;
  /** Height each further row of panels adds to a chart, pixels. */
  private static final int ROW_HEIGHT = 440;
  /** Suffix of the chart ids with one panel per jurisdiction. */
  public static final String BY_JURISDICTION = "_by_jurisdiction";
  /** A vertical axis that fits the data. */
  private static final double AUTO = Double.NaN;

  private RunCharts() {}

  /**
   * Draw every chart into {@code chartsDir} (created if missing), as PNG and SVG.
   *
   * @return the charts drawn, in report order
   */
  public static List<ChartFile> draw(Path chartsDir, List<SeriesPoint> points)
      throws IOException {
    Files.createDirectories(chartsDir);
    ChartData data = new ChartData(points);
    List<ChartFile> files = new ArrayList<>();
    for (Spec spec : specs(data.grain())) {
      if (data.hasAny(spec.metrics())) {
        files.addAll(draw(chartsDir, data, spec));
      }
    }
    return files;
  }

  private static List<ChartFile> draw(Path dir, ChartData data, Spec spec) throws IOException {
    List<String> names = data.jurisdictions();
    if (names.size() == 1) {
      String title = spec.title() + " — " + names.get(0);
      return List.of(write(dir, spec.id(), title, spec.caption(), whole(data, spec, title,
          null), spec, false, 1));
    }
    return List.of(drawTotal(dir, data, spec), drawPanels(dir, data, spec));
  }

  private static ChartFile drawTotal(Path dir, ChartData data, Spec spec) throws IOException {
    String title = spec.title() + " — all jurisdictions";
    String caption = spec.caption() + " " + spec.pooling() + " over all jurisdictions.";
    return write(dir, spec.id(), title, caption, whole(data, spec, title, null), spec, false, 1);
  }

  private static ChartFile drawPanels(Path dir, ChartData data, Spec spec) throws IOException {
    String title = spec.title() + " — by jurisdiction";
    List<ChartStyle.Panel> panels = new ArrayList<>();
    for (Measure measure : spec.measures()) {
      Map<String, Binned> byJurisdiction = new LinkedHashMap<>();
      for (String name : data.jurisdictions()) {
        byJurisdiction.put(name, measure.values().apply(data, name));
      }
      panels.add(new ChartStyle.Panel(measure.title(), measure.yLabel(), measure.yMax(),
          byJurisdiction));
    }
    JFreeChart chart = panels.size() == 1
        ? ChartStyle.panels(title, panels.get(0).yLabel(), panels.get(0).yMax(),
            panels.get(0).byJurisdiction(), spec.stacked())
        : ChartStyle.figure(title, panels, spec.stacked());
    String caption = spec.caption() + (panels.size() == 1
        ? " One panel per jurisdiction, on a shared vertical scale."
        : " One row per measure and one panel per jurisdiction, each row on a shared vertical"
            + " scale.");
    return write(dir, spec.id() + BY_JURISDICTION, title, caption, chart, spec, true,
        data.jurisdictions().size());
  }

  /** The chart of one jurisdiction, or (null) of all of them pooled. */
  private static JFreeChart whole(ChartData data, Spec spec, String title, String jurisdiction) {
    List<Measure> measures = spec.measures();
    if (measures.size() == 1) {
      Measure m = measures.get(0);
      return ChartStyle.single(title, m.yLabel(), m.yMax(), m.values().apply(data,
          jurisdiction), spec.stacked());
    }
    List<ChartStyle.Panel> panels = new ArrayList<>();
    for (Measure m : measures) {
      panels.add(new ChartStyle.Panel(m.title(), m.yLabel(), m.yMax(),
          Map.of(SeriesPoint.ALL, m.values().apply(data, jurisdiction))));
    }
    return ChartStyle.figure(title, panels, spec.stacked());
  }

  /**
   * Writes a chart at its size: {@link #WIDTH} x {@link #HEIGHT} for one plot; wider for
   * panels side by side (by jurisdiction, or by measure), taller for a row of jurisdictions per
   * measure.
   */
  private static ChartFile write(Path dir, String id, String title, String caption,
      JFreeChart chart, Spec spec, boolean byJurisdiction, int jurisdictions)
      throws IOException {
    int measures = spec.measures().size();
    int across = byJurisdiction ? jurisdictions : measures;
    int width = across == 1 ? WIDTH : Math.min(MAX_WIDTH, Math.max(WIDTH, PANEL_WIDTH * across));
    int height = byJurisdiction && measures > 1 ? HEIGHT + (measures - 1) * ROW_HEIGHT : HEIGHT;
    return ChartImages.write(dir, id, title, caption, chart, width, height);
  }

  private static List<Spec> specs(Grain grain) {
    String per = " per " + grain.noun();
    return List.of(
        new Spec("crimes_by_status", "Crimes by offender status",
            "Offences committed" + per + ", all crime types and offender groups, by the"
                + " offender's status at the time of the offence (left). On the right, on a"
                + " scale of their own, the statuses release policy decides: \"released"
                + " detainer declined\" and \"released transfer missed\" are offences by people"
                + " ICE wanted at release who were not transferred; \"released by ICE\" and"
                + " \"re-entered after removal\" follow ICE custody.",
            false, "Summed", List.of(
                new Measure("All offender statuses", "Offences" + per, AUTO,
                    ChartData::crimesByStatus),
                new Measure("Statuses release policy decides", "Offences" + per, AUTO,
                    ChartData::crimesByPolicyStatus)),
            Metric.CRIMES),
        new Spec("jail_population", "Jail population by status",
            "People in jail (" + grain.stockNote() + ")", AUTO,
            "People in jail by custody status, stacked to the total; " + grain.stockNote() + ".",
            true, "Summed", ChartData::jailPopulation, Metric.JAIL_POPULATION),
        new Spec("detainers", "ICE detainers", "Detainers or releases" + per, AUTO,
            "Detainers lodged by ICE" + per + ", and releases of detainer subjects where the"
                + " jail honoured the detainer (notified ICE, and held where the policy holds)"
                + " or declined it.",
            false, "Summed", ChartData::detainers, Metric.DETAINERS_LODGED,
            Metric.DETAINERS_HONOURED, Metric.DETAINERS_DECLINED),
        new Spec("ice_arrests", "ICE arrests by type", "Arrests" + per, AUTO,
            "ICE arrests" + per + ": custodial transfers at the jail or prison, at-large"
                + " arrests of targets in the community, and collateral arrests of other"
                + " removable people met on at-large operations.",
            false, "Summed", ChartData::iceArrests, Metric.CUSTODIAL_TRANSFERS,
            Metric.AT_LARGE_ARRESTS, Metric.COLLATERAL_ARRESTS),
        new Spec("reporting_rate", "Crime reporting rate by victim group",
            "Victimisations reported (%)", 100,
            "Share of victimisations reported to police, by victim group: reported"
                + " victimisations over all victimisations, each summed" + per
                + ". A gap means no victimisations in that step.",
            false, "Pooled", ChartData::reportingRate, Metric.REPORTED, Metric.VICTIMISATIONS),
        new Spec("victimisation_by_group", "Victimisation and reporting by victim group",
            "Victimisation of each group per 100,000 of its own residents per year (left), and"
                + " the share of its victimisations reported to police (right): the group's"
                + " victimisations summed" + per + " over its residents averaged" + per
                + ", annualised; and reported victimisations over all victimisations, each"
                + " summed" + per + ". A gap means nothing to divide by in that step.",
            false, "Pooled", List.of(
                new Measure("Victimisation per 100,000 of the group",
                    "Victimisations per 100,000 residents of the group per year", AUTO,
                    ChartData::victimisationRate),
                new Measure("Reporting to police", "Victimisations reported (%)", 100,
                    ChartData::reportingRate)),
            Metric.VICTIMISATIONS),
        new Spec("costs", "Cumulative costs by item",
            "Costs accumulated since the end of the warm-up, by item, stacked to the total, in"
                + " millions of US dollars (nominal, of the unit costs' source years): all items"
                + " (left), and on a scale of their own the enforcement items, which the cost of"
                + " crime to victims dwarfs (right).",
            true, "Summed", List.of(
                new Measure("All items", "Cumulative cost (USD millions)", AUTO,
                    ChartData::cumulativeCostsMillions),
                new Measure("Jail and ICE", "Cumulative cost (USD millions)", AUTO,
                    ChartData::cumulativeEnforcementCostsMillions)),
            Metric.COSTS));
  }

  /**
   * One chart of the catalogue.
   *
   * @param measures what it shows: one plot, or several side by side (one above the other by
   *     jurisdiction) in one figure
   * @param pooling how the whole-scenario chart combines jurisdictions, for its caption
   * @param metrics the chart is drawn if any of these has data
   */
  private record Spec(String id, String title, String caption, boolean stacked, String pooling,
      List<Measure> measures, Metric... metrics) {
    /** A chart of one measure. */
    Spec(String id, String title, String yLabel, double yMax, String caption, boolean stacked,
        String pooling, BiFunction<ChartData, String, Binned> values, Metric... metrics) {
      this(id, title, caption, stacked, pooling, List.of(new Measure(title, yLabel, yMax,
          values)), metrics);
    }
  }

  /**
   * One measure of a chart.
   *
   * @param title its panel's title, when a chart has several
   * @param yMax the top of the vertical axis, or NaN to fit the data
   * @param values the data, for a jurisdiction or (null) for all of them
   */
  private record Measure(String title, String yLabel, double yMax,
      BiFunction<ChartData, String, Binned> values) {}
}
