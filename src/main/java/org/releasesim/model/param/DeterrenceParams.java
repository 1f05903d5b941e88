package org.releasesim.model.param;

/** Optional deterrence: offending responds to the perceived certainty of arrest. */
public record DeterrenceParams(
    @Param(doc = "Switch: offending scales with the jurisdiction's recent arrest certainty"
        + " relative to its level at the end of the warm-up.", source = "Nagin 2013, Crime and"
            + " Justice 42: certainty, not severity, deters") boolean enabled,
    @Param(doc = "Elasticity of offending with respect to arrest certainty (negative: more"
        + " certainty, less crime).", unit = "elasticity", min = -2, max = 0,
        source = "Chalfin & McCrary 2017, J. Econ. Lit. 55(1): elasticities about -0.1 to -0.5")
    double elasticity,
    @Param(doc = "Window over which arrest certainty is measured.", unit = "days", min = 7,
        max = 3650, assumption = true) double windowDays,
    @Param(doc = "Largest factor deterrence may apply to offending (bounds the thinning"
        + " sampler).", unit = "ratio", min = 1, max = 10, assumption = true) double maxFactor)
    implements java.io.Serializable {

  public static final DeterrenceParams DEFAULTS = new DeterrenceParams(false, -0.2, 90, 2);
}
