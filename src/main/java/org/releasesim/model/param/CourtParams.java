package org.releasesim.model.param;

/** From booking to release: pretrial detention, disposition, sentence. */
public record CourtParams(
    @Param(doc = "Probability of pretrial detention until disposition, by current charge, for a"
        + " person with no prior bookings.", unit = "probability",
        source = "Cohen & Reaves 2007, BJS NCJ 214994: 62% of felony defendants released; set"
            + " with the durations below so that about 70% of the jail stock is pretrial"
            + " (BJS Jail Inmates 2022)") CrimeProbabilities pretrialDetention,
    @Param(doc = "Added probability of pretrial detention per prior booking (up to 5 priors).",
        unit = "probability per prior", min = 0, max = 1,
        source = "BJS NCJ 148818: rearrest and detention rise with prior convictions")
    double detentionPerPrior,
    @Param(doc = "Mean time from booking to release for people not detained pretrial (bail,"
        + " citation), exponential.", unit = "days", min = 0.01, max = 30, assumption = true)
    double bookingToReleaseDays,
    @Param(doc = "Mean time from booking to disposition for detained defendants, exponential.",
        unit = "days", min = 1, max = 1000,
        source = "BJS NCJ 127202: median 37 days (detained felony defendants); set so the"
            + " average jail stay is about 32 days (BJS Jail Inmates 2022)")
    double detainedDispositionDays,
    @Param(doc = "Mean time from booking to disposition for defendants on pretrial release,"
        + " exponential.", unit = "days", min = 1, max = 2000,
        source = "BJS NCJ 127202: median 122 days if released") double releasedDispositionDays,
    @Param(doc = "Probability of conviction at disposition.", unit = "probability", min = 0,
        max = 1, source = "BJS Felony Defendants in Large Urban Counties 2009 (NCJ 243777): 68%"
            + " of felony defendants convicted") double convictionProbability,
    @Param(doc = "Probability that a conviction brings a prison sentence, by offence.",
        unit = "probability", assumption = true) CrimeProbabilities prisonProbability,
    @Param(doc = "Probability that a conviction without prison brings a jail sentence (else"
        + " probation or time served).", unit = "probability", min = 0, max = 1,
        source = "BJS NCJ 243777: of convicted felony defendants, about 37% jail and 36%"
            + " prison") double jailProbability,
    @Param(doc = "Mean jail sentence served, exponential.", unit = "days", min = 1, max = 3650,
        assumption = true) double jailSentenceDays,
    @Param(doc = "Mean prison time served, exponential.", unit = "years", min = 0.1, max = 50,
        source = "BJS Time Served in State Prison 2016 (NCJ 252205): mean 2.6 years")
    double prisonYears,
    @Param(doc = "Multiplier on the sentence length of removable people (the claim that some"
        + " courts sentence them more leniently: < 1). 1 = no difference.", unit = "ratio",
        min = 0.1, max = 10, assumption = true) double removableSentenceMultiplier,
    @Param(doc = "Probability that a removable person leaving state prison goes straight to ICE"
        + " (state prisons cooperate, whatever the county's policy).", unit = "probability",
        min = 0, max = 1, assumption = true) double prisonToIceProbability)
    implements java.io.Serializable {

  public static final CourtParams DEFAULTS = new CourtParams(
      new CrimeProbabilities(0.55, 0.35, 0.3, 0.2), 0.04, 1.0, 70, 120, 0.65,
      new CrimeProbabilities(0.35, 0.15, 0.15, 0.04), 0.45, 55, 2.6, 1.0, 0.9);
}
