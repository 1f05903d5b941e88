package org.releasesim.model.metrics;

import java.util.List;
import java.util.Locale;
import org.releasesim.model.CrimeType;
import org.releasesim.model.CriminalRecord;
import org.releasesim.model.Group;
import org.releasesim.model.IceArrestOrigin;
import org.releasesim.model.OffenderStatus;
import org.releasesim.model.param.TimeParams;

/**
 * Every output the model counts. A metric is broken down by crime type, by group and by a
 * status list of its own, or by none of them; the breakdowns are fixed here so the CSV layout is
 * known before a run starts.
 */
public enum Metric {
  RESIDENTS(Kind.STOCK, "persons", "Residents living in the county (not in prison, ICE custody"
      + " or removed, but including those in jail)", false, true, NoLevels.class),
  CRIMES(Kind.FLOW, "offences", "Offences committed, by offender group and offender status",
      true, true, OffenderStatus.class),
  VICTIMISATIONS(Kind.FLOW, "victimisations", "Victimisations, by victim group", true, true,
      NoLevels.class),
  VICTIMISATION_RATE(Kind.RATE, "victimisations per 100k residents of the group per year",
      "Victimisations per 100,000 residents of the victim's own group per year, by crime type"
          + " and victim group (all groups: per 100,000 of all residents)", true, true,
      VICTIMISATIONS, RESIDENTS),
  REPORTED(Kind.FLOW, "victimisations", "Victimisations reported to police, by victim group",
      true, true, NoLevels.class),
  REPORTING_RATE(Kind.RATIO, "share", "Share of victimisations reported, by victim group", false,
      true, REPORTED, VICTIMISATIONS),
  UNREPORTED_UNCLEARED(Kind.FLOW, "offences", "Victim offences that went unreported (so could"
      + " not be cleared), by victim group", true, true, NoLevels.class),
  UNREPORTED_SHARE(Kind.RATIO, "share", "Share of victimisations never reported to police, by"
      + " crime type and victim group (one minus the reporting rate)", true, true,
      UNREPORTED_UNCLEARED, VICTIMISATIONS),
  CLEARED(Kind.FLOW, "offences", "Offences cleared by arrest (reported and cleared, or detected)",
      true, true, NoLevels.class),
  ARRESTS(Kind.FLOW, "arrests", "Arrests by local police, by arrested person's group", true, true,
      NoLevels.class),
  BOOKINGS(Kind.FLOW, "bookings", "Jail admissions (new arrests and commitments at sentencing)",
      false, true, NoLevels.class),
  PRETRIAL_REARRESTS(Kind.FLOW, "arrests", "Arrests of people on pretrial release", false, true,
      NoLevels.class),
  JAIL_POPULATION(Kind.STOCK, "persons", "People in jail, by status", false, false,
      JailStock.class),
  JAIL_BED_DAYS(Kind.FLOW, "bed-days", "Jail bed-days used", false, false, NoLevels.class),
  RELEASES(Kind.FLOW, "releases", "Releases from jail to the community or to ICE", false, true,
      NoLevels.class),
  DETAINERS_LODGED(Kind.FLOW, "detainers", "Detainers lodged by ICE, by whether the subject had"
      + " a conviction", false, true, DetainerSubject.class),
  DETAINERS_HONOURED(Kind.FLOW, "releases", "Releases of detainer subjects where the jail"
      + " notified ICE (and held, where the policy holds)", false, true, NoLevels.class),
  DETAINERS_DECLINED(Kind.FLOW, "releases", "Releases of detainer subjects where the policy"
      + " declined to notify or hold", false, true, NoLevels.class),
  NOTIFICATIONS(Kind.FLOW, "notices", "Release notices sent to ICE", false, false, NoLevels.class),
  CUSTODIAL_TRANSFERS(Kind.FLOW, "transfers", "Transfers to ICE at the jail (including state"
      + " prison releases)", false, true, TransferSource.class),
  TRANSFERS_MISSED(Kind.FLOW, "releases", "Cooperative releases where no ICE officer came in"
      + " time", false, true, NoLevels.class),
  AT_LARGE_CASES_OPENED(Kind.FLOW, "cases", "At-large cases opened", false, true, NoLevels.class),
  AT_LARGE_CASES_CLOSED(Kind.FLOW, "cases", "At-large cases closed, by outcome", false, false,
      CaseClosure.class),
  AT_LARGE_CASES_OPEN(Kind.STOCK, "cases", "At-large cases open (the backlog)", false, false,
      NoLevels.class),
  AT_LARGE_ATTEMPTS(Kind.FLOW, "operations", "At-large operations (attempts) carried out",
      false, false, NoLevels.class),
  AT_LARGE_ARRESTS(Kind.FLOW, "arrests", "Targets arrested by ICE in the community", false, true,
      NoLevels.class),
  COLLATERAL_ARRESTS(Kind.FLOW, "arrests", "Other removable people arrested on at-large"
      + " operations", false, true, NoLevels.class),
  USE_OF_FORCE(Kind.FLOW, "incidents", "Use-of-force incidents, by setting", false, false,
      ForceSetting.class),
  ICE_ARRESTS(Kind.FLOW, "arrests", "People taken into ICE custody, by how: custodial transfer"
      + " from jail or prison, at-large after a release ICE wanted, at-large by ICE's own"
      + " community operations, collateral", false, true, IceArrestOrigin.class),
  ICE_ARRESTS_BY_RECORD(Kind.FLOW, "arrests", "People taken into ICE custody, by their criminal"
      + " record then", false, true, CriminalRecord.class),
  REMOVALS_BY_RECORD(Kind.FLOW, "persons", "Removals, by the removed person's criminal record",
      false, true, CriminalRecord.class),
  TRANSFERS_BY_STAGE(Kind.FLOW, "transfers", "Custodial transfers, by the stage of the criminal"
      + " case: released pretrial, released after disposition (sentence served, acquittal or"
      + " dismissal), or from state prison", false, false, TransferStage.class),
  COMMUNITY_OPERATIONS(Kind.FLOW, "operations", "ICE's own community operations, by outcome"
      + " (target arrested, not found, no known target)", false, false,
      OperationOutcome.class),
  ICE_OFFICER_HOURS(Kind.FLOW, "officer-hours", "ICE officer working hours, by task", false,
      false, OfficerTask.class),
  ICE_CUSTODY_POPULATION(Kind.STOCK, "persons", "People from the county in ICE detention", false,
      false, NoLevels.class),
  ICE_BED_DAYS(Kind.FLOW, "bed-days", "ICE detention bed-days", false, false, NoLevels.class),
  REMOVALS(Kind.FLOW, "persons", "Removals from the United States", false, true, NoLevels.class),
  REENTRIES(Kind.FLOW, "persons", "Re-entries after removal", false, false, NoLevels.class),
  ARRIVALS(Kind.FLOW, "persons", "Newcomers arriving in place of removed residents (inflow),"
      + " by group", false, true, NoLevels.class),
  POPULATION_FLOWS(Kind.FLOW, "persons", "Births, deaths, moves out of and into the county,"
      + " emigration, naturalisation and adjustment of status, by group (the group left, for"
      + " changes of status)", false, true, PopulationFlow.class),
  TRUST(Kind.STOCK, "index 0-1", "Trust in police, population-weighted over tracts, by group",
      false, true, NoLevels.class),
  COSTS(Kind.FLOW, "USD", "Costs, by item", false, false,
      CostItem.class),
  // New metrics go last, so that the rows of summary.csv and the columns of runs.csv that
  // earlier versions wrote keep their order.
  OFFENDING_RATE(Kind.RATE, "offences per 100k residents of the group per year",
      "Offences per 100,000 residents of the offender's own group per year, by crime type and"
          + " offender group (all groups: per 100,000 of all residents); the crimes rows'"
          + " per_100k_per_year is per 100,000 of all residents", true, true, CRIMES,
      RESIDENTS),
  PRETRIAL_DEPARTURES(Kind.FLOW, "persons", "Defendants on pretrial release who left the county"
      + " before their case was decided (also counted among population_flows' OUT_MIGRATION)",
      false, true, NoLevels.class);

  /** How values aggregate over time, and over categories and jurisdictions. */
  public enum Kind {
    /** Counted within each interval; summed over time. */
    FLOW,
    /** A level at the end of each interval; averaged over time. */
    STOCK,
    /**
     * A share: one flow (the {@link Metric#numerator()}) over another with the same breakdown
     * (the {@link Metric#denominator()}), each summed over the same period and cells.
     */
    RATIO,
    /**
     * A flow (the {@link Metric#numerator()}) per 100,000 residents of the row's own group per
     * year: over the time-average of the {@link Metric#RESIDENTS} stock of that group (all
     * residents for the group {@code all}) in the same jurisdictions and period.
     */
    RATE
  }

  /** The level enum of a metric with no status breakdown: it has no constants. */
  public enum NoLevels {}

  /** Persons per which a {@link Kind#RATE} is given. */
  public static final double PER_100K = 100_000;

  private final Kind kind;
  private final String unit;
  private final String description;
  private final boolean byType;
  private final boolean byGroup;
  private final Class<? extends Enum<?>> levels;
  private final List<String> statuses;
  private final Metric numerator;
  private final Metric denominator;

  /** A counted metric: a flow or a stock. */
  Metric(Kind kind, String unit, String description, boolean byType, boolean byGroup,
      Class<? extends Enum<?>> levels) {
    this(kind, unit, description, byType, byGroup, levels, null, null);
  }

  /** A derived metric: a ratio or a rate, computed from its numerator and denominator. */
  Metric(Kind kind, String unit, String description, boolean byType, boolean byGroup,
      Metric numerator, Metric denominator) {
    this(kind, unit, description, byType, byGroup, NoLevels.class, numerator, denominator);
  }

  private Metric(Kind kind, String unit, String description, boolean byType, boolean byGroup,
      Class<? extends Enum<?>> levels, Metric numerator, Metric denominator) {
    this.kind = kind;
    this.unit = unit;
    this.description = description;
    this.byType = byType;
    this.byGroup = byGroup;
    this.levels = levels;
    this.statuses = names(levels.getEnumConstants());
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Whether the metric is computed from two others (a ratio or a rate) rather than counted. A
   * derived metric has no counters of its own: every value, of an interval or a period, of a
   * cell or a total over cells and jurisdictions, is its numerator's sum over the same cells
   * divided by its denominator's, never a sum or an average of derived values.
   */
  public boolean derived() {
    return kind == Kind.RATIO || kind == Kind.RATE;
  }

  /** The flow a derived metric counts, or null for a counted metric. */
  public Metric numerator() {
    return numerator;
  }

  /**
   * What a derived metric divides by: a flow for a ratio, the {@link #RESIDENTS} stock for a
   * rate; null for a counted metric.
   */
  public Metric denominator() {
    return denominator;
  }

  /**
   * A count per 100,000 residents per year.
   *
   * @param count the count over the period
   * @param residents the residents it is taken per (the time-average over the period)
   * @param days the period's length, days
   * @return NaN if there were no residents or no days
   */
  public static double per100kPerYear(double count, double residents, double days) {
    if (residents <= 0 || days <= 0) {
      return Double.NaN;
    }
    double years = days / TimeParams.DAYS_PER_YEAR;
    return count / residents * PER_100K / years;
  }

  /**
   * Whether the metric has a value for a total over categories and jurisdictions (false for an
   * index like trust): flows and stocks add up; ratios and rates are recomputed from their added
   * numerators and denominators.
   */
  public boolean additive() {
    return this != TRUST;
  }

  /** Identifier used in CSV files: the lower-case enum name. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Kind kind() {
    return kind;
  }

  public String unit() {
    return unit;
  }

  public String description() {
    return description;
  }

  /** Crime types this metric is broken down by, or a single {@code all}. */
  public List<String> types() {
    return byType ? names(CrimeType.values()) : List.of(SeriesPoint.ALL);
  }

  /** Groups this metric is broken down by, or a single {@code all}. */
  public List<String> groups() {
    return byGroup ? names(Group.values()) : List.of(SeriesPoint.ALL);
  }

  /**
   * The enum whose constants are this metric's status categories, in order ({@link NoLevels}
   * for a metric without them): what the model counts the metric by.
   */
  public Class<? extends Enum<?>> levels() {
    return levels;
  }

  /** Status categories of this metric, or a single {@code all}. */
  public List<String> statuses() {
    return statuses.isEmpty() ? List.of(SeriesPoint.ALL) : statuses;
  }

  /**
   * The unit of the metric's values in {@code timeseries.csv} (and of a sweep's time-series
   * outcomes): a count per output interval for a flow; for a stock (its level at the interval's
   * end), a ratio (the share of the interval's counts) and a rate (the interval's count per
   * 100,000 residents of the group, annualised), the metric's own unit.
   */
  public String seriesUnit() {
    return kind == Kind.FLOW ? unit + " per interval" : unit;
  }

  /**
   * The breakdowns the metric has, in column order: any of {@code type}, {@code group} and
   * {@code status}; empty for a metric with no breakdown.
   */
  public List<String> dimensions() {
    List<String> dims = new java.util.ArrayList<>();
    if (types().size() > 1) {
      dims.add("type");
    }
    if (groups().size() > 1) {
      dims.add("group");
    }
    if (statuses().size() > 1) {
      dims.add("status");
    }
    return List.copyOf(dims);
  }

  /**
   * Whether a summary row of this metric with these categories is a margin: a total over one of
   * the metric's breakdowns ({@code all} where the metric has categories), which adds up (or,
   * for a ratio or rate, pools) other rows. {@code all} in a dimension the metric is not broken
   * down by is its only level, not a margin.
   */
  public boolean isMargin(String type, String group, String status) {
    return (types().size() > 1 && SeriesPoint.ALL.equals(type))
        || (groups().size() > 1 && SeriesPoint.ALL.equals(group))
        || (statuses().size() > 1 && SeriesPoint.ALL.equals(status));
  }

  /** Look up a metric by its CSV id. */
  public static Metric byId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }
}
