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
        source = "age-crime curve; BJS Arrest Data Analysis Tool, arrests per capita by age")
    double older,
    @Param(doc = "Fall of the offending factor with age from 40 on, in five-year steps: the"
        + " factor at ages 40+5k to 45+5k is older x exp(-5k x this).", unit = "per year",
        min = 0, max = 1, source = "age-crime curve; BJS Arrest Data Analysis Tool: arrests per"
            + " capita at 60-64 about a quarter of those at 40-44") double olderDeclinePerYear)
    implements java.io.Serializable {

  public static final AgeFactors DEFAULTS = new AgeFactors(0, 1.6, 1.0, 0.65, 0.065);
}
