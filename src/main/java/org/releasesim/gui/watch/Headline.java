package org.releasesim.gui.watch;

import java.util.List;
import org.releasesim.model.OffenderStatus;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * The outcomes the side-by-side view sets against each other, in words a class or a city council
 * reads without the metric dictionary: flows as totals since recording started (day 0), the jail
 * as its population at the latest interval's end. Each is a sum of the model's own series, so
 * the same numbers come out of a headless run's {@code timeseries.csv}.
 */
public enum Headline {
  CRIMES("crimes", "All crimes", Metric.CRIMES, List.of()),
  CRIMES_BY_PEOPLE_ICE_WANTED("crimes_by_people_ice_wanted",
      "Crimes by released people ICE wanted", Metric.CRIMES,
      List.of(OffenderStatus.RELEASED_DETAINER_DECLINED.name(),
          OffenderStatus.RELEASED_TRANSFER_MISSED.name())),
  AT_LARGE_ARRESTS("at_large_arrests", "ICE arrests in the community", Metric.AT_LARGE_ARRESTS,
      List.of()),
  COLLATERAL_ARRESTS("collateral_arrests", "Bystanders arrested by ICE",
      Metric.COLLATERAL_ARRESTS, List.of()),
  JAIL_POPULATION("jail_population", "People in jail", Metric.JAIL_POPULATION, List.of());

  private final String key;
  private final String title;
  private final Metric metric;
  private final List<String> statuses;

  /**
   * @param statuses the metric's statuses counted, or empty for all of them
   */
  Headline(String key, String title, Metric metric, List<String> statuses) {
    this.key = key;
    this.title = title;
    this.metric = metric;
    this.statuses = statuses;
  }

  /** The name in {@code --counts} files. */
  public String key() {
    return key;
  }

  /** The outcome in plain words. */
  public String title() {
    return title;
  }

  public Metric metric() {
    return metric;
  }

  /** The statuses counted (empty: all). */
  List<String> statuses() {
    return statuses;
  }

  /** Whether it adds up over time (a flow, shown as its total so far) or is a level. */
  public boolean cumulative() {
    return metric.kind() == Metric.Kind.FLOW;
  }

  /** What its number means, in words. */
  public String meaning() {
    return cumulative() ? "total since day 0" : "at the latest week's end";
  }

  /** What it counts, for a tooltip. */
  public String description() {
    return this == CRIMES_BY_PEOPLE_ICE_WANTED ? "Crimes by people ICE had lodged a detainer on"
        + " whom the jail released without handing them over: the detainer was declined, or"
        + " the notice came too late for an ICE officer to be there."
        : metric.description() + ".";
  }

  /** Whether {@code p} is one of the cells it sums. */
  boolean counts(SeriesPoint p) {
    return p.metric().equals(metric.id())
        && (statuses.isEmpty() || statuses.contains(p.status()));
  }
}
