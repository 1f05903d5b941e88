package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

/** Age structure of residents, in four bands; shares sum to 1. Ages are fixed over a run. */
public record AgeShares(
    @Param(doc = "Share aged 0-14 (do not offend).", unit = "share 0-1", min = 0, max = 1,
        source = "US Census Bureau, 2020 Census age profile") double child,
    @Param(doc = "Share aged 15-24.", unit = "share 0-1", min = 0, max = 1,
        source = "US Census Bureau, 2020 Census age profile") double young,
    @Param(doc = "Share aged 25-39.", unit = "share 0-1", min = 0, max = 1,
        source = "US Census Bureau, 2020 Census age profile") double adult,
    @Param(doc = "Share aged 40 and over.", unit = "share 0-1", min = 0, max = 1,
        source = "US Census Bureau, 2020 Census age profile") double older)
    implements java.io.Serializable {

  public static final AgeShares DEFAULTS = new AgeShares(0.18, 0.13, 0.21, 0.48);

  public AgeShares {
    double sum = child + young + adult + older;
    require(Math.abs(sum - 1) <= GroupShares.SUM_TOLERANCE, "older",
        "age shares must sum to 1 (child + young + adult + older = " + sum + ")");
  }
}
