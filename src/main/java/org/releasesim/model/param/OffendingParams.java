package org.releasesim.model.param;

/**
 * Offending hazard: base rate(type) x age factor x group ratio(type) x propensity x
 * post-release factor x deterrence factor.
 */
public record OffendingParams(
    @Param(doc = "Offences per person-year for a citizen aged 25-39 with propensity 1, by type."
        + " Set so that a county with US-average structure has about 2,000 violent and 4,000"
        + " property victimisations per 100,000 residents a year.", unit = "per person-year",
        source = "calibrated: violent and property rates give about 2,000 and 4,000"
            + " victimisations per 100,000 residents a year (BJS Criminal Victimization 2022:"
            + " violent 23.5 per 1,000 persons 12+; NCVS property 119 per 1,000 households in 2016,"
            + " about 102 in 2022); drug and public-order rates, with the detection rates, bring"
            + " jail admissions to about 2,200 per 100,000 (BJS Jail Inmates 2022); rates apply"
            + " outside the post-release period; see docs/calibration.md")
    CrimeRates baseRates,
    @Param(doc = "Share of violent offences that are sexual offences (a flagged subset).",
        unit = "share 0-1", min = 0, max = 1, assumption = true) double sexShareOfViolent,
    @Param(doc = "Relative offending by age band.", source = "see fields") AgeFactors ageFactors,
    @Param(doc = "Offending of lawfully present non-citizens relative to citizens, by type.",
        unit = "ratio", source = "Light, He & Robey 2020, PNAS 117(51): legal immigrants below"
            + " undocumented; Cato 2019 Texas conviction rates (legal -65%)")
    CrimeRates lawfulNoncitizenRatios,
    @Param(doc = "Offending of unauthorized immigrants relative to citizens, by type (contested:"
        + " sweep 0.25-1.3).", unit = "ratio",
        source = "Light, He & Robey 2020, PNAS 117(51): US-born felony arrest rate 2x (violent),"
            + " 2.5x (drug), 4x (property) the undocumented rate; contested by CIS 2022, Lott 2018")
    CrimeRates unauthorizedRatios,
    @Param(doc = "Elevated offending after release.", source = "see fields")
    PostReleaseParams postRelease)
    implements java.io.Serializable {

  public static final OffendingParams DEFAULTS = new OffendingParams(
      new CrimeRates(0.0184, 0.0368, 0.046, 0.0602), 0.08, AgeFactors.DEFAULTS,
      new CrimeRates(0.35, 0.20, 0.30, 0.40), new CrimeRates(0.5, 0.25, 0.4, 0.5),
      PostReleaseParams.DEFAULTS);
}
