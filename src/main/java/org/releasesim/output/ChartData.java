package org.releasesim.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.model.OffenderStatus;
import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.output.Grain.Binned;

/**
 * The numbers behind each chart of a run, computed from the time series alone (never from the
 * model), so a chart can always be redrawn from {@value RunDirectory#TIMESERIES}. Each method
 * takes a jurisdiction, or null for the sum over all jurisdictions.
 */
final class ChartData {
  /** Category labels of the detainer chart. */
  static final String LODGED = "Lodged";
  static final String HONOURED = "Honoured";
  static final String DECLINED = "Declined";
  /** Category labels of the ICE arrest chart. */
  static final String CUSTODIAL = "Custodial transfers";
  static final String AT_LARGE = "At-large arrests";
  static final String COLLATERAL = "Collateral arrests";

  private static final double PERCENT = 100;
  private static final double MILLION = 1e6;

  private final SeriesTable table;
  private final Grain grain;

  ChartData(List<SeriesPoint> points) {
    this.table = new SeriesTable(points);
    this.grain = Grain.choose(table.intervalDays(), table.spanDays());
  }

  /** The time step of every chart of this run. */
  Grain grain() {
    return grain;
  }

  /** Jurisdictions, in scenario order. */
  List<String> jurisdictions() {
    return table.jurisdictions();
  }

  /** Whether any of {@code metrics} has data, that is, whether a chart of them is worth drawing. */
  boolean hasAny(Metric... metrics) {
    for (Metric metric : metrics) {
      if (table.has(metric.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offender statuses a release policy decides: people ICE wanted at release who were not
   * transferred, released by ICE, or back after removal.
   */
  static final List<String> POLICY_STATUSES = java.util.stream.Stream.of(
      OffenderStatus.RELEASED_DETAINER_DECLINED, OffenderStatus.RELEASED_TRANSFER_MISSED,
      OffenderStatus.RELEASED_BY_ICE, OffenderStatus.REENTERED_AFTER_REMOVAL)
      .map(Enum::name).toList();
  /** Cost items of enforcement: everything but the cost of crime to victims. */
  static final List<String> ENFORCEMENT_COSTS = java.util.Arrays.stream(CostItem.values())
      .filter(item -> item != CostItem.CRIME).map(Enum::name).toList();

  /** Offences per step, by offender status; all crime types and groups. */
  Binned crimesByStatus(String jurisdiction) {
    return grain.sums(table.sumBy(Metric.CRIMES.id(), jurisdiction, SeriesPoint::status,
        Metric.CRIMES.statuses()));
  }

  /**
   * Offences per step by the offender statuses that release policy decides; the other statuses
   * are kept as gaps, so that each status keeps its colour and place in the legend.
   */
  Binned crimesByPolicyStatus(String jurisdiction) {
    return only(crimesByStatus(jurisdiction), POLICY_STATUSES, Double.NaN);
  }

  /** The series named in {@code keep}; every other series' values replaced by {@code other}. */
  private static Binned only(Binned data, List<String> keep, double other) {
    Map<String, double[]> values = new LinkedHashMap<>();
    data.values().forEach((name, v) -> {
      double[] kept = v.clone();
      if (!keep.contains(name)) {
        java.util.Arrays.fill(kept, other);
      }
      values.put(name, kept);
    });
    return new Binned(data.years(), values);
  }

  /** People in jail by status, averaged over each step. */
  Binned jailPopulation(String jurisdiction) {
    return grain.means(table.sumBy(Metric.JAIL_POPULATION.id(), jurisdiction,
        SeriesPoint::status, Metric.JAIL_POPULATION.statuses()));
  }

  /** Detainers lodged, honoured and declined per step. */
  Binned detainers(String jurisdiction) {
    return grain.sums(byMetric(jurisdiction, Map.of(Metric.DETAINERS_LODGED, LODGED,
        Metric.DETAINERS_HONOURED, HONOURED, Metric.DETAINERS_DECLINED, DECLINED),
        List.of(LODGED, HONOURED, DECLINED)));
  }

  /** Custodial transfers, at-large arrests and collateral arrests per step. */
  Binned iceArrests(String jurisdiction) {
    return grain.sums(byMetric(jurisdiction, Map.of(Metric.CUSTODIAL_TRANSFERS, CUSTODIAL,
        Metric.AT_LARGE_ARRESTS, AT_LARGE, Metric.COLLATERAL_ARRESTS, COLLATERAL),
        List.of(CUSTODIAL, AT_LARGE, COLLATERAL)));
  }

  /**
   * Percentage of victimisations reported, by victim group: the reported victimisations summed
   * over the step divided by all victimisations summed over it. It is recomputed from the two
   * flows, not averaged from {@code reporting_rate}, so that quiet weeks do not weigh as much as
   * busy ones.
   */
  Binned reportingRate(String jurisdiction) {
    List<String> groups = Metric.VICTIMISATIONS.groups();
    return grain.ratio(
        table.sumBy(Metric.REPORTED.id(), jurisdiction, SeriesPoint::group, groups),
        table.sumBy(Metric.VICTIMISATIONS.id(), jurisdiction, SeriesPoint::group, groups),
        PERCENT);
  }

  /**
   * Victimisations per 100,000 residents of the victim's own group per year, by victim group:
   * the group's victimisations summed over the step over its residents averaged over the step,
   * annualised. Recomputed from the two series, not averaged from {@code victimisation_rate},
   * and over all jurisdictions' victims and residents together when {@code jurisdiction} is
   * null.
   */
  Binned victimisationRate(String jurisdiction) {
    List<String> groups = Metric.VICTIMISATIONS.groups();
    return grain.per100kPerYear(
        table.sumBy(Metric.VICTIMISATIONS.id(), jurisdiction, SeriesPoint::group, groups),
        table.sumBy(Metric.RESIDENTS.id(), jurisdiction, SeriesPoint::group, groups));
  }

  /** Costs by item, accumulated since the end of the warm-up, in millions of US dollars. */
  Binned cumulativeCostsMillions(String jurisdiction) {
    Binned usd = grain.cumulative(table.sumBy(Metric.COSTS.id(), jurisdiction,
        SeriesPoint::status, Metric.COSTS.statuses()));
    Map<String, double[]> millions = new LinkedHashMap<>();
    usd.values().forEach((item, values) -> {
      double[] scaled = values.clone();
      for (int i = 0; i < scaled.length; i++) {
        scaled[i] /= MILLION;
      }
      millions.put(item, scaled);
    });
    return new Binned(usd.years(), millions);
  }

  /**
   * Enforcement costs (jail, ICE officers, ICE detention), as {@link #cumulativeCostsMillions};
   * the cost of crime is kept at zero, so that each item keeps its colour.
   */
  Binned cumulativeEnforcementCostsMillions(String jurisdiction) {
    return only(cumulativeCostsMillions(jurisdiction), ENFORCEMENT_COSTS, 0);
  }

  private SeriesTable.DayValues byMetric(String jurisdiction, Map<Metric, String> labels,
      List<String> order) {
    List<String> ids = labels.keySet().stream().map(Metric::id).toList();
    return table.sumBy(ids, jurisdiction, p -> labels.get(Metric.byId(p.metric())), order);
  }
}
