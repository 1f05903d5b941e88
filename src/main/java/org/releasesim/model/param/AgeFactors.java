package org.releasesim.model.param;

/** Relative offending rate by age band (the 25-39 band is the reference, 1.0). */
public record AgeFactors(
    @Param(doc = "Offending factor, ages 0-14.", unit = "ratio", min = 0, max = 0,
        source = "model scope: children are not modelled as offenders") double child,
    @Param(doc = "Offending factor, ages 15-24.", unit = "ratio", min = 0, max = 20,
        source = "age-crime curve; BJS Arrest Data Analysis Tool, arrests per capita by age")
    double young,
    @Param(doc = "Offending factor, ages 25-39 (reference).", unit = "ratio", min = 0, max = 20,
        source = "reference band") double adult,
    @Param(doc = "Offending factor, ages 40-44; later ages fall from it by olderDeclinePerYear.",
        unit = "ratio", min = 0, max = 20,
        source = "calibrated with olderDeclinePerYear to 5-year re-arrest by age at release (BJS"
            + " NCJ 244205: 84.1% at 24 or younger, 78.6% at 25-39, 69.2% at 40 or older); the"
            + " population's arrests per capita fall faster after 40 (BJS Arrest Data Analysis"
            + " Tool), so people still offending at 40 are a selected group; see"
            + " docs/calibration.md") double older,
    @Param(doc = "Fall of the offending factor with age from 40 on, in five-year steps: the"
        + " factor at ages 40+5k to 45+5k is older x exp(-5k x this).", unit = "per year",
        min = 0, max = 1, source = "calibrated with older to 5-year re-arrest by age at release"
            + " (BJS NCJ 244205); the population's arrests per capita at 60-64 are about a"
            + " quarter of those at 40-44 (BJS Arrest Data Analysis Tool), a faster fall")
    double olderDeclinePerYear)
    implements java.io.Serializable {

  public static final AgeFactors DEFAULTS = new AgeFactors(0, 1.6, 1.0, 1.0, 0.03);
}
