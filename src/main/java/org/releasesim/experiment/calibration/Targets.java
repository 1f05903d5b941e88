package org.releasesim.experiment.calibration;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.calibration.Target.Check;

/**
 * The published figures the defaults are calibrated to (collected in
 * {@code docs/calibration-inputs.md}), with how the model's counterpart is measured. Shares are
 * 0-1.
 */
public final class Targets {
  public static final String REARREST_1Y = "rearrest_1y";
  public static final String REARREST_3Y = "rearrest_3y";
  public static final String REARREST_5Y = "rearrest_5y";
  public static final String REARREST_10Y = "rearrest_10y";
  public static final String EARLY_SHARE = "rearrest_6m_share_of_5y";
  public static final String ORDERING = "offence_ordering";
  public static final String CONCENTRATION = "concentration";
  public static final String PRETRIAL = "pretrial_rearrest";
  public static final String REPORTED_VIOLENT = "reporting_violent";
  public static final String REPORTED_PROPERTY = "reporting_property";
  public static final String CLEARED_VIOLENT = "clearance_violent";
  public static final String CLEARED_PROPERTY = "clearance_property";
  public static final String ADMISSIONS = "jail_admissions";
  public static final String ADP = "jail_adp";
  public static final String STAY = "jail_average_stay";
  public static final String PRETRIAL_SHARE = "jail_pretrial_share";
  public static final String NO_CONVICTION = "detainer_no_conviction";
  public static final String COHORT_SIZE = "cohort_size";
  public static final String VICTIMS_VIOLENT = "victimisations_violent";
  public static final String VICTIMS_PROPERTY = "victimisations_property";
  /** Ids of the 5-year re-arrest by commitment offence, in crime type order. */
  public static final List<String> BY_OFFENCE = List.of("rearrest_5y_violent",
      "rearrest_5y_property", "rearrest_5y_drug", "rearrest_5y_public_order");
  /** BJS NCJ 244205 5-year re-arrest by commitment offence, in crime type order. */
  static final double[] BY_OFFENCE_PUBLISHED = {0.713, 0.821, 0.769, 0.736};
  /** Ids of the 5-year re-arrest by age at release: 15-24, 25-39, 40 and over. */
  public static final List<String> BY_AGE = List.of("rearrest_5y_age_15_24",
      "rearrest_5y_age_25_39", "rearrest_5y_age_40_plus");
  /** BJS NCJ 244205 5-year re-arrest by age at release: 24 or younger, 25-39, 40 or older. */
  static final double[] BY_AGE_PUBLISHED = {0.841, 0.786, 0.692};
  private static final List<String> AGE_LABELS = List.of("15-24", "25-39", "40 and over");
  /** BJS: 48.4% of all 5-year arrests involved 16.1% of releasees. */
  public static final double CONCENTRATION_ARREST_SHARE = 0.484;

  private static final String COHORT_2005 = "Durose, Cooper & Snyder 2014, BJS NCJ 244205"
      + " (2005 cohort, 30 states)";
  private static final String COHORT_2008 = "Antenangeli & Durose 2021, BJS NCJ 256094 (2008"
      + " cohort, 24 states)";
  private static final String JAILS = "BJS Jail Inmates in 2022 (NCJ 307086)";
  private static final String COHORT = "prison releasees of the cohort window (first release;"
      + " those handed to ICE at the gate left out)";

  private Targets() {}

  /** Every target and diagnostic, in report order. */
  public static List<Target> all() {
    List<Target> all = new ArrayList<>(cohortTargets());
    all.addAll(countyTargets());
    return List.copyOf(all);
  }

  /** The prison-release cohort and pretrial release: BJS recidivism figures. */
  private static List<Target> cohortTargets() {
    return List.of(
        share(REARREST_1Y, "Prison releasees re-arrested within 1 year", 0.43, COHORT_2008
            + "; 2005 cohort 43.4%", COHORT + " with an arrest within 365 days"),
        share(REARREST_3Y, "... within 3 years", 0.678, COHORT_2005, "as above, 3 years"),
        share(REARREST_5Y, "... within 5 years", 0.766, COHORT_2005, "as above, 5 years"),
        share(REARREST_10Y, "... within 10 years", 0.82, COHORT_2008, "as above, 10 years"),
        share(EARLY_SHARE, "Share of 5-year re-arrests within the first 6 months", 0.368,
            COHORT_2005, "releasees re-arrested within 182.6 days / within 5 years"),
        new Target(ORDERING, "Ordering by commitment offence: property highest, violent"
            + " lowest (margin)", 0.023, Check.ORDERING, "", COHORT_2005 + ": property 82.1%,"
            + " drug 76.9%, public order 73.6%, violent 71.3%", "from the mean 5-year"
            + " re-arrest rates by commitment offence: the smaller of (property minus the"
            + " highest other) and (the lowest other minus violent); positive when property is"
            + " highest and violent lowest"),
        byOffence(0, "violent"), byOffence(1, "property"), byOffence(2, "drug"),
        byOffence(3, "public order"), byAge(0), byAge(1), byAge(2),
        share(CONCENTRATION, "Share of releasees accounting for 48.4% of 5-year arrests", 0.161,
            COHORT_2005 + " (OJP abstract)", "most-arrested releasees first, counting every"
                + " releasee, the last one fractionally"),
        share(PRETRIAL, "Pretrial releasees re-arrested before disposition", 0.16,
            "Reaves & Perez 1994, BJS NCJ 148818 (14%); BJS 1991, NCJ 127202 (18%): midpoint",
            "releases with a case pending (detainer subjects left out) followed by an arrest"
                + " before the case is decided"),
        new Target(COHORT_SIZE, "Prison releasees in the cohort (per replication)", Double.NaN,
            Check.DIAGNOSTIC, "persons", "-", COHORT));
  }

  /** The county as a whole: victimisation, reporting, clearance, jail, detainers. */
  private static List<Target> countyTargets() {
    return List.of(
        count(VICTIMS_VIOLENT, "Violent victimisations", 2000, "per 100k per year",
            "BJS Criminal Victimization 2022: 23.5 per 1,000 persons aged 12+, about 85% of"
                + " residents", "violent offences with a victim per 100,000 residents per year"),
        count(VICTIMS_PROPERTY, "Property victimisations", 4000, "per 100k per year",
            "BJS NCVS: 119 per 1,000 households in 2016, about 102 in 2022, at about 0.39"
                + " households per resident", "property offences per 100,000 residents per year"),
        share(REPORTED_VIOLENT, "Violent victimisations reported to police", 0.42,
            "BJS Criminal Victimization 2022", "reported / victimisations, all victims"),
        share(REPORTED_PROPERTY, "Property victimisations reported to police", 0.32,
            "BJS Criminal Victimization 2022 (about 32%); Pew 2017: 32-40% over 1995-2015",
            "reported / victimisations, all victims"),
        share(CLEARED_VIOLENT, "Reported violent crimes cleared", 0.455,
            "FBI Crime in the United States 2019", "cleared / reported"),
        share(CLEARED_PROPERTY, "Reported property crimes cleared", 0.172,
            "FBI Crime in the United States 2019", "cleared / reported"),
        count(ADMISSIONS, "Jail admissions", 2200, "per 100k per year", JAILS + ": 7.3 M"
            + " admissions, 333 M residents", "bookings (arrests and commitments) per 100,000"
                + " residents per year"),
        count(ADP, "Jail average daily population", 200, "per 100k", JAILS + ": 199 per 100k",
            "time-averaged jail population per 100,000 residents"),
        count(STAY, "Average jail stay", 32, "days", JAILS, "ADP x 365 / admissions per year"),
        share(PRETRIAL_SHARE, "Pretrial share of the jail population", 0.70, JAILS,
            "time-averaged pretrial / all in jail"),
        share(NO_CONVICTION, "Detainer subjects without a conviction (ALL_REMOVABLE)", 0.477,
            "TRAC report 330 (FY2012 - Jan 2013)", "detainers lodged on people with no"
                + " conviction / all detainers lodged"));
  }

  private static Target share(String id, String label, double published, String source,
      String definition) {
    return new Target(id, label, published, Check.SHARE, "", source, definition);
  }

  private static Target count(String id, String label, double published, String unit,
      String source, String definition) {
    return new Target(id, label, published, Check.COUNT, unit, source, definition);
  }

  /**
   * Fitted with the age factors (the 40-44 level and its fall with age): ages advance through
   * the follow-up, so a releasee of 38 ages into the 40s.
   */
  private static Target byAge(int band) {
    return new Target(BY_AGE.get(band), "5-year re-arrest, released at ages "
        + AGE_LABELS.get(band), BY_AGE_PUBLISHED[band], Check.SHARE, "",
        COHORT_2005 + " (OJP abstract; ages 24 or younger, 25-39, 40 or older)",
        "as the 5-year re-arrest, releasees of one age band at release (their ages advance"
            + " through the follow-up)");
  }

  private static Target byOffence(int type, String name) {
    return new Target(BY_OFFENCE.get(type), "5-year re-arrest, " + name + " commitment",
        BY_OFFENCE_PUBLISHED[type], Check.DIAGNOSTIC, "", COHORT_2005,
        "as the 5-year re-arrest, releasees committed for " + name + " offences");
  }
}
