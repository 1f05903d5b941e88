package org.releasesim.model.param;

/** Whether a victimisation is reported to police, and who the victim is. */
public record ReportingParams(
    @Param(doc = "Probability that the victim comes from the offender's own tract (otherwise from"
        + " anywhere in the jurisdiction).", unit = "probability", min = 0, max = 1,
        assumption = true) double localVictimShare,
    @Param(doc = "Share of victimisations reported to police, by type, for a citizen victim with"
        + " full trust. Drug and public-order entries are unused (no victim).",
        unit = "probability",
        source = "BJS Criminal Victimization 2022: violent 42%; property 32% (Pew 2017: 32-40%)")
    CrimeProbabilities reportRates,
    @Param(doc = "Reporting of lawfully present non-citizen victims relative to citizens.",
        unit = "ratio", min = 0, max = 2, assumption = true) double lawfulNoncitizenFactor,
    @Param(doc = "Reporting of unauthorized victims relative to citizens (before any chilling"
        + " effect of local policy).", unit = "ratio", min = 0, max = 2,
        source = "Comino, Mastrobuoni & Nicolo 2020, JPAM: undocumented reporting about 17%,"
            + " legalisation +20 points (17/37 = 0.46)") double unauthorizedFactor,
    @Param(doc = "Offenders' choice of victims unlikely to report (strength 0 = off).",
        source = "see fields")
    VictimTargetingParams victimTargeting)
    implements java.io.Serializable {

  public static final ReportingParams DEFAULTS = new ReportingParams(0.7,
      new CrimeProbabilities(0.42, 0.32, 0, 0), 0.9, 0.46, VictimTargetingParams.DEFAULTS);
}
