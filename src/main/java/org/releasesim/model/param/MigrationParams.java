package org.releasesim.model.param;

/** People leaving by removal and coming back: re-entry and inflow. */
public record MigrationParams(
    @Param(doc = "Switch: removed people may re-enter.", source = "DHS OIS: a large share of"
        + " removals are of people removed before") boolean reentry,
    @Param(doc = "Probability that a removed person re-enters the county (each removal).",
        unit = "probability", min = 0, max = 1, assumption = true) double reentryProbability,
    @Param(doc = "Mean time from removal to re-entry, exponential.", unit = "days", min = 1,
        max = 36_525, assumption = true) double reentryDelayDays,
    @Param(doc = "Switch: for each removal not followed by re-entry, a newcomer of the removed"
        + " person's group and age arrives after a delay, keeping the county's composition"
        + " stationary. Off = removals shrink the non-citizen population.", assumption = true,
        source = "Pew Research Center: the unauthorized population stayed near 10.5-12 million"
            + " from 2007 to 2019 while removals continued, so inflow roughly balanced outflow")
    boolean inflow,
    @Param(doc = "Mean delay before the replacing arrival, exponential.", unit = "days", min = 1,
        max = 36_525, assumption = true) double inflowDelayDays)
    implements java.io.Serializable {

  public static final MigrationParams DEFAULTS = new MigrationParams(true, 0.2, 365, true, 180);
}
