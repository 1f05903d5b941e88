package org.releasesim.model.metrics;

import java.util.List;
import java.util.Locale;
import org.releasesim.model.CrimeType;
import org.releasesim.model.CriminalRecord;
import org.releasesim.model.Group;
import org.releasesim.model.IceArrestOrigin;
import org.releasesim.model.OffenderStatus;

/**
 * Every output the model counts. A metric is broken down by crime type, by group and by a
 * status list of its own, or by none of them; the breakdowns are fixed here so the CSV layout is
 * known before a run starts.
 */
public enum Metric {
  RESIDENTS(Kind.STOCK, "persons", "Residents living in the county (not in prison, ICE custody"
      + " or removed, but including those in jail)", false, true, List.of()),
  CRIMES(Kind.FLOW, "offences", "Offences committed, by offender group and offender status",
      true, true, names(OffenderStatus.values())),
  VICTIMISATIONS(Kind.FLOW, "victimisations", "Victimisations, by victim group", true, true,
      List.of()),
  REPORTED(Kind.FLOW, "victimisations", "Victimisations reported to police, by victim group",
      true, true, List.of()),
  REPORTING_RATE(Kind.RATIO, "share", "Share of victimisations reported, by victim group", false,
      true, List.of()),
  UNREPORTED_UNCLEARED(Kind.FLOW, "offences", "Victim offences that went unreported (so could"
      + " not be cleared), by victim group", true, true, List.of()),
  CLEARED(Kind.FLOW, "offences", "Offences cleared by arrest (reported and cleared, or detected)",
      true, true, List.of()),
  ARRESTS(Kind.FLOW, "arrests", "Arrests by local police, by arrested person's group", true, true,
      List.of()),
  BOOKINGS(Kind.FLOW, "bookings", "Jail admissions (new arrests and commitments at sentencing)",
      false, true, List.of()),
  PRETRIAL_REARRESTS(Kind.FLOW, "arrests", "Arrests of people on pretrial release", false, true,
      List.of()),
  JAIL_POPULATION(Kind.STOCK, "persons", "People in jail, by status", false, false,
      List.of("PRETRIAL", "SENTENCED", "DETAINER_HOLD")),
  JAIL_BED_DAYS(Kind.FLOW, "bed-days", "Jail bed-days used", false, false, List.of()),
  RELEASES(Kind.FLOW, "releases", "Releases from jail to the community or to ICE", false, true,
      List.of()),
  DETAINERS_LODGED(Kind.FLOW, "detainers", "Detainers lodged by ICE, by whether the subject had"
      + " a conviction", false, true, List.of("CONVICTED", "NO_CONVICTION")),
  DETAINERS_HONOURED(Kind.FLOW, "releases", "Releases of detainer subjects where the jail"
      + " notified ICE (and held, where the policy holds)", false, true, List.of()),
  DETAINERS_DECLINED(Kind.FLOW, "releases", "Releases of detainer subjects where the policy"
      + " declined to notify or hold", false, true, List.of()),
  NOTIFICATIONS(Kind.FLOW, "notices", "Release notices sent to ICE", false, false, List.of()),
  CUSTODIAL_TRANSFERS(Kind.FLOW, "transfers", "Transfers to ICE at the jail (including state"
      + " prison releases)", false, true, List.of("JAIL", "PRISON")),
  TRANSFERS_MISSED(Kind.FLOW, "releases", "Cooperative releases where no ICE officer came in"
      + " time", false, true, List.of()),
  AT_LARGE_CASES_OPENED(Kind.FLOW, "cases", "At-large cases opened", false, true, List.of()),
  AT_LARGE_CASES_CLOSED(Kind.FLOW, "cases", "At-large cases closed, by outcome", false, false,
      List.of("ARRESTED", "REBOOKED", "GAVE_UP", "GONE")),
  AT_LARGE_CASES_OPEN(Kind.STOCK, "cases", "At-large cases open (the backlog)", false, false,
      List.of()),
  AT_LARGE_ATTEMPTS(Kind.FLOW, "operations", "At-large operations (attempts) carried out",
      false, false, List.of()),
  AT_LARGE_ARRESTS(Kind.FLOW, "arrests", "Targets arrested by ICE in the community", false, true,
      List.of()),
  COLLATERAL_ARRESTS(Kind.FLOW, "arrests", "Other removable people arrested on at-large"
      + " operations", false, true, List.of()),
  USE_OF_FORCE(Kind.FLOW, "incidents", "Use-of-force incidents, by setting", false, false,
      List.of("AT_LARGE", "TRANSFER")),
  ICE_ARRESTS(Kind.FLOW, "arrests", "People taken into ICE custody, by how: custodial transfer"
      + " from jail or prison, at-large after a release ICE wanted, at-large by ICE's own"
      + " community operations, collateral", false, true, names(IceArrestOrigin.values())),
  ICE_ARRESTS_BY_RECORD(Kind.FLOW, "arrests", "People taken into ICE custody, by their criminal"
      + " record then", false, true, names(CriminalRecord.values())),
  REMOVALS_BY_RECORD(Kind.FLOW, "persons", "Removals, by the removed person's criminal record",
      false, true, names(CriminalRecord.values())),
  TRANSFERS_BY_STAGE(Kind.FLOW, "transfers", "Custodial transfers, by the stage of the criminal"
      + " case: released pretrial, released after disposition (sentence served, acquittal or"
      + " dismissal), or from state prison", false, false, List.of("PRETRIAL",
          "AFTER_DISPOSITION", "PRISON")),
  COMMUNITY_OPERATIONS(Kind.FLOW, "operations", "ICE's own community operations, by outcome"
      + " (target arrested, not found, no known target)", false, false,
      List.of("ARRESTED", "NOT_FOUND", "NO_TARGET")),
  ICE_OFFICER_HOURS(Kind.FLOW, "officer-hours", "ICE officer working hours, by task", false,
      false, List.of("TRANSFER", "AT_LARGE", "COMMUNITY")),
  ICE_CUSTODY_POPULATION(Kind.STOCK, "persons", "People from the county in ICE detention", false,
      false, List.of()),
  ICE_BED_DAYS(Kind.FLOW, "bed-days", "ICE detention bed-days", false, false, List.of()),
  REMOVALS(Kind.FLOW, "persons", "Removals from the United States", false, true, List.of()),
  REENTRIES(Kind.FLOW, "persons", "Re-entries after removal", false, false, List.of()),
  ARRIVALS(Kind.FLOW, "persons", "Newcomers arriving in place of removed residents (inflow),"
      + " by group", false, true, List.of()),
  POPULATION_FLOWS(Kind.FLOW, "persons", "Births, deaths, moves out of and into the county,"
      + " emigration, naturalisation and adjustment of status, by group (the group left, for"
      + " changes of status)", false, true, List.of("BIRTH", "DEATH", "OUT_MIGRATION",
          "EMIGRATION", "IN_MIGRATION", "NATURALISATION", "ADJUSTMENT")),
  TRUST(Kind.STOCK, "index 0-1", "Trust in police, population-weighted over tracts, by group",
      false, true, List.of()),
  COSTS(Kind.FLOW, "USD", "Costs, by item", false, false,
      List.of("JAIL", "ICE_OFFICERS", "ICE_DETENTION", "CRIME"));

  /** How values aggregate over time. */
  public enum Kind {
    /** Counted within each interval; summed over time. */
    FLOW,
    /** A level at the end of each interval; averaged over time. */
    STOCK,
    /** A share computed from two flows. */
    RATIO
  }

  private final Kind kind;
  private final String unit;
  private final String description;
  private final boolean byType;
  private final boolean byGroup;
  private final List<String> statuses;

  Metric(Kind kind, String unit, String description, boolean byType, boolean byGroup,
      List<String> statuses) {
    this.kind = kind;
    this.unit = unit;
    this.description = description;
    this.byType = byType;
    this.byGroup = byGroup;
    this.statuses = statuses;
  }

  /** Whether values add up across categories and jurisdictions (false for an index like trust). */
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

  /** Status categories of this metric, or a single {@code all}. */
  public List<String> statuses() {
    return statuses.isEmpty() ? List.of(SeriesPoint.ALL) : statuses;
  }

  /** Look up a metric by its CSV id. */
  public static Metric byId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }
}
