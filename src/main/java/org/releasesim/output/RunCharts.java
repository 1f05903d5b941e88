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
 * with different policies needs. A chart whose metrics are absent from the series is skipped.
 */
public final class RunCharts {
  /** Size of a chart, pixels (SVG user units). */
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 560;
  /** Width per panel when panels need more than {@link #WIDTH}, pixels. */
  private static final int PANEL_WIDTH = 560;
  private static final int MAX_WIDTH = 2400;
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
      JFreeChart chart = ChartStyle.single(title, spec.yLabel(), spec.yMax(),
          spec.values().apply(data, null), spec.stacked());
      return List.of(ChartImages.write(dir, spec.id(), title, spec.caption(), chart, WIDTH,
          HEIGHT));
    }
    return List.of(drawTotal(dir, data, spec), drawPanels(dir, data, spec));
  }

  private static ChartFile drawTotal(Path dir, ChartData data, Spec spec) throws IOException {
    String title = spec.title() + " — all jurisdictions";
    JFreeChart chart = ChartStyle.single(title, spec.yLabel(), spec.yMax(),
        spec.values().apply(data, null), spec.stacked());
    String caption = spec.caption() + " " + spec.pooling() + " over all jurisdictions.";
    return ChartImages.write(dir, spec.id(), title, caption, chart, WIDTH, HEIGHT);
  }

  private static ChartFile drawPanels(Path dir, ChartData data, Spec spec) throws IOException {
    String title = spec.title() + " — by jurisdiction";
    Map<String, Binned> panels = new LinkedHashMap<>();
    for (String name : data.jurisdictions()) {
      panels.put(name, spec.values().apply(data, name));
    }
    JFreeChart chart = ChartStyle.panels(title, spec.yLabel(), spec.yMax(), panels,
        spec.stacked());
    String caption = spec.caption() + " One panel per jurisdiction, on a shared vertical scale.";
    int width = Math.min(MAX_WIDTH, Math.max(WIDTH, PANEL_WIDTH * panels.size()));
    return ChartImages.write(dir, spec.id() + BY_JURISDICTION, title, caption, chart, width,
        HEIGHT);
  }

  private static List<Spec> specs(Grain grain) {
    String per = " per " + grain.noun();
    return List.of(
        new Spec("crimes_by_status", "Crimes by offender status", "Offences" + per, AUTO,
            "Offences committed" + per + ", all crime types and offender groups, by the"
                + " offender's status at the time of the offence. \"Released detainer declined\""
                + " and \"Released transfer missed\" are offences by people ICE wanted at"
                + " release who were not transferred.",
            false, "Summed", ChartData::crimesByStatus, Metric.CRIMES),
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
        new Spec("costs", "Cumulative costs by item", "Cumulative cost (USD millions)", AUTO,
            "Costs accumulated since the end of the warm-up, by item, stacked to the total, in"
                + " millions of US dollars (nominal, of the unit costs' source years).",
            true, "Summed", ChartData::cumulativeCostsMillions, Metric.COSTS));
  }

  /**
   * One chart of the catalogue.
   *
   * @param yMax the top of the vertical axis, or NaN to fit the data
   * @param pooling how the whole-scenario chart combines jurisdictions, for its caption
   * @param values the data, for a jurisdiction or (null) for all of them
   * @param metrics the chart is drawn if any of these has data
   */
  private record Spec(String id, String title, String yLabel, double yMax, String caption,
      boolean stacked,
      String pooling, BiFunction<ChartData, String, Binned> values, Metric... metrics) {}
}
