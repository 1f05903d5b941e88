package org.releasesim.model.param;

/**
 * Trust in police of each group in each tract (1 = full trust). It moves toward a level set by how
 * far local police cooperate with ICE, and drops after visible enforcement in the tract. It scales
 * reporting by victims and witness cooperation.
 */
public record TrustParams(
    @Param(doc = "Switch: the chilling effect (off = trust fixed at 1 for everyone).",
        source = "Martinez-Schuldt & Martinez 2021, ASR 86(1)") boolean enabled,
    @Param(doc = "Fall in unauthorized residents' trust (and so reporting) under full"
        + " cooperation (HONOR_DETAINERS) relative to none.", unit = "share 0-1", min = 0,
        max = 1, source = "Martinez-Schuldt & Martinez 2021, ASR 86(1): Latino victims 12% more"
            + " likely to report violence under sanctuary policies (1 - 1/1.12 = 0.107)")
    double unauthorizedChill,
    @Param(doc = "Fall in lawfully present non-citizens' trust under full cooperation.",
        unit = "share 0-1", min = 0, max = 1, source = "Jacome 2022, J. Urban Econ. 128:"
            + " Hispanic complainants' reports +4% under narrower enforcement")
    double lawfulNoncitizenChill,
    @Param(doc = "Fall in citizens' trust under full cooperation.", unit = "share 0-1", min = 0,
        max = 1, source = "Martinez-Schuldt & Martinez 2021: no effect for non-Latino victims")
    double citizenChill,
    @Param(doc = "Cooperation level of NOTIFY_ONLY, on a scale from NO_COOPERATION (0) to"
        + " HONOR_DETAINERS (1).", unit = "share 0-1", min = 0, max = 1, assumption = true)
    double notifyOnlyCooperation,
    @Param(doc = "Cooperation level of SERIOUS_ONLY, on the same scale.", unit = "share 0-1",
        min = 0, max = 1, assumption = true) double seriousOnlyCooperation,
    @Param(doc = "Time constant of trust moving toward its policy level.", unit = "days",
        min = 1, max = 3650, assumption = true) double adjustmentDays,
    @Param(doc = "Switch: visible at-large operations lower trust in their tract.",
        source = "Muchow & Amuedo-Dorantes 2020, J. Urban Econ.: DV calls fell with enforcement"
            + " salience") boolean enforcementVisibility,
    @Param(doc = "Fall in non-citizens' trust in a tract per at-large operation there (scaled"
        + " by the group's chill).", unit = "share 0-1 per operation", min = 0, max = 1,
        assumption = true) double operationShock,
    @Param(doc = "Fall in non-citizens' trust in the neighbouring tracts per operation, relative"
        + " to the tract itself.", unit = "ratio", min = 0, max = 1, assumption = true)
    double neighbourSpillover)
    implements java.io.Serializable {

  public static final TrustParams DEFAULTS =
      new TrustParams(true, 0.107, 0.04, 0, 0.75, 0.4, 180, true, 0.01, 0.25);
}
