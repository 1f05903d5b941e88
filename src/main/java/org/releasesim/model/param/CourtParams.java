package org.releasesim.model.param;

/** From booking to release: pretrial detention, disposition, sentence. */
public record CourtParams(
    @Param(doc = "Probability of pretrial detention until disposition, by current charge, for a"
        + " person with no prior bookings.", unit = "probability",
        source = "calibrated, with detentionPerPrior, to pretrial re-arrest of 14-18% (BJS NCJ"
            + " 148818, NCJ 127202), 70% of the jail stock pretrial and an average stay of 32"
            + " days (BJS Jail Inmates 2022); detention then falls mostly on people with prior"
            + " bookings. Cohen & Reaves 2007, BJS NCJ 214994: 62% of felony defendants released")
    CrimeProbabilities pretrialDetention,
    @Param(doc = "Added probability of pretrial detention per prior booking (up to 5 priors).",
        unit = "probability per prior", min = 0, max = 1,
        source = "calibrated with pretrialDetention; BJS NCJ 148818: rearrest and detention"
            + " rise with prior convictions")
    double detentionPerPrior,
    @Param(doc = "Mean time from booking to release for people not detained pretrial (bail,"
        + " citation), exponential.", unit = "days", min = 0.01, max = 30, assumption = true)
    double bookingToReleaseDays,
    @Param(doc = "Mean time from booking to disposition for detained defendants, exponential.",
        unit = "days", min = 1, max = 1000,
        source = "BJS NCJ 127202: median 37 days for detained felony defendants; an"
            + " exponential with that median has mean 37 / ln 2 = 53")
    double detainedDispositionDays,
    @Param(doc = "Mean time from booking to disposition for defendants on pretrial release,"
        + " exponential.", unit = "days", min = 1, max = 2000,
        source = "BJS NCJ 127202: median 122 days if released; an exponential with that"
            + " median has mean 122 / ln 2 = 176") double releasedDispositionDays,
    @Param(doc = "Probability of conviction at disposition.", unit = "probability", min = 0,
        max = 1, source = "BJS Felony Defendants in Large Urban Counties 2009 (NCJ 243777): 68%"
            + " of felony defendants convicted") double convictionProbability,
    @Param(doc = "Probability that a conviction brings a prison sentence, by offence, for a"
        + " first conviction.", unit = "probability", assumption = true,
        source = "calibrated to the ordering of 5-year re-arrest by commitment offence (BJS NCJ"
            + " 244205: property 82.1% highest, violent 71.3% lowest)")
    CrimeProbabilities prisonProbability,
    @Param(doc = "Added probability of a prison sentence per prior conviction (up to 5), by"
        + " offence: repeat property and drug offenders go to prison, violent offenders on the"
        + " charge alone.", unit = "probability per prior", assumption = true,
        source = "calibrated to the ordering of 5-year re-arrest by commitment offence (BJS NCJ"
            + " 244205); sentencing guidelines weigh criminal history")
    CrimeProbabilities prisonPerPrior,
    @Param(doc = "Probability that a conviction without prison brings a jail sentence (else"
        + " probation or time served).", unit = "probability", min = 0, max = 1,
        source = "BJS NCJ 243777: of convicted felony defendants, about 36% prison and 37%"
            + " jail, so 37 / 64 = 0.58 of those not sent to prison") double jailProbability,
    @Param(doc = "Mean jail sentence served, exponential.", unit = "days", min = 1, max = 3650,
        assumption = true, source = "calibrated to 70% of the jail stock pretrial (BJS Jail"
            + " Inmates 2022)") double jailSentenceDays,
    @Param(doc = "Mean prison time served, exponential.", unit = "years", min = 0.1, max = 50,
        source = "BJS Time Served in State Prison 2016 (NCJ 252205): mean 2.6 years")
    double prisonYears,
    @Param(doc = "Multiplier on the sentence length of removable people (the claim that some"
        + " courts sentence them more leniently: < 1). 1 = no difference.", unit = "ratio",
        min = 0.1, max = 10, assumption = true) double removableSentenceMultiplier,
    @Param(doc = "Probability that a removable person leaving state prison goes straight to ICE"
        + " (state prisons cooperate, whatever the county's policy).", unit = "probability",
        min = 0, max = 1, assumption = true) double prisonToIceProbability,
    @Param(doc = "Rate at which defendants on pretrial release leave the county for good before"
        + " their case is decided (absconding, or moving away): a hazard while the case is"
        + " pending, competing with disposition. Each one who leaves is replaced by a newcomer,"
        + " as a resident moving away is. 0 switches the mechanism off.", unit = "per year",
        min = 0, max = 10, assumption = true,
        source = "off by default; for scale, BJS NCJ 243777 (Felony Defendants in Large Urban"
            + " Counties 2009): about 3% of released felony defendants were still fugitives a"
            + " year after release, which with a mean of 176 days to disposition is a rate of"
            + " about 0.064 a year (0.03 x 2.08 / 0.97)") double pretrialDeparturePerYear)
    implements java.io.Serializable {

  public static final CourtParams DEFAULTS = new CourtParams(
      new CrimeProbabilities(0.15, 0.03, 0.01, 0), 0.125, 1.0, 53, 176, 0.68,
      new CrimeProbabilities(0.35, 0, 0.06, 0.02), new CrimeProbabilities(0, 0.12, 0.04, 0.02),
      0.58, 38, 2.6, 1.0, 0.9, 0);
}
