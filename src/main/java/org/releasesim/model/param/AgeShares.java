package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

/**
 * Age structure of residents at the start, in four bands; shares sum to 1. Within a band, exact
 * ages follow the life table's stationary population; ages then advance through the run.
 */
public record AgeShares(
    @Param(doc = "Share aged 0-14 (do not offend).", unit = "share 0-1", min = 0, max = 1,
        source = STATIONARY) double child,
    @Param(doc = "Share aged 15-24.", unit = "share 0-1", min = 0, max = 1,
        source = STATIONARY) double young,
    @Param(doc = "Share aged 25-39.", unit = "share 0-1", min = 0, max = 1,
        source = STATIONARY) double adult,
    @Param(doc = "Share aged 40 and over.", unit = "share 0-1", min = 0, max = 1,
        source = STATIONARY) double older)
    implements java.io.Serializable {

  private static final String STATIONARY = "stationary population of the US life table (NCHS,"
      + " United States Life Tables 2013), which births replacing deaths keep; close to the 2020"
      + " Census profile (0.18, 0.13, 0.21, 0.48)";

  public static final AgeShares DEFAULTS = new AgeShares(0.1894, 0.1257, 0.1859, 0.4990);

  public AgeShares {
    double sum = child + young + adult + older;
    require(Math.abs(sum - 1) <= GroupShares.SUM_TOLERANCE, "older",
        "age shares must sum to 1 (child + young + adult + older = " + sum + ")");
  }
}
