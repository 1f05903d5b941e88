package org.releasesim.model.param;

/** One piece of the piecewise-constant post-release offending factor. */
public record PostReleasePeriod(
    @Param(doc = "The factor applies from the previous period's end until this many days after"
        + " release.", unit = "days", min = 1, max = 36_525,
        source = "BJS NCJ 244205: re-arrest is front-loaded (36.8% of 5-year re-arrests within 6"
            + " months)") double untilDay,
    @Param(doc = "Multiplier on the offending hazard in this period.", unit = "ratio", min = 0,
        max = 100, source = "calibrated to BJS NCJ 244205 / NCJ 256094 re-arrest curves")
    double factor)
    implements java.io.Serializable {

  public static final PostReleasePeriod DEFAULTS = new PostReleasePeriod(365, 1);
}
