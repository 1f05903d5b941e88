package org.releasesim.model.param;

/**
 * Offenders' choice of victims who are unlikely to report. Each candidate victim is weighted by
 * (the reporting offenders have seen lately from the candidate's group in the tract, relative to
 * what is usual for the group) ^ -strength; offenders who draw a candidate go ahead with the
 * weight's share of the largest weight in the tract, else look for another.
 */
public record VictimTargetingParams(
    @Param(doc = "Targeting strength: the elasticity of a candidate victim's weight with respect"
        + " to the reporting rate offenders perceive for the candidate's group (0 = victims are"
        + " picked as before, whatever their reporting). For a group that is a small share of"
        + " victims, the elasticity of its victimisation with respect to its reporting is about"
        + " minus this strength times one minus its share.", unit = "elasticity", min = 0,
        max = 5, assumption = true,
        source = "Goncalves, Jacome & Weisburst, Community Engagement and Public Safety (NBER WP"
            + " 32109; Census CES-26-23, 2026): a 10% fall in reporting raises offending against"
            + " the group by 7.9% (elasticity 0.79); 0.79 / (1 - 0.16 Hispanic share) = 0.94;"
            + " plausible range 0 to 1.9 (none to twice the estimate); see"
            + " docs/calibration.md") double strength,
    @Param(doc = "Offenders' memory of reporting: the mean age, in days, of the victimisations"
        + " and reports their perceived rates weigh (counts decay at 1/memoryDays a day), which"
        + " is how long a change in reporting takes to change victim choice.", unit = "days",
        min = 1, max = 3650, assumption = true) double memoryDays,
    @Param(doc = "Weight of the county-wide rate of the group in a tract's perceived rate, in"
        + " victimisations: a tract where few of a group's members were victimised lately is"
        + " judged mostly by the group's rate in the whole county.", unit = "victimisations",
        min = 0, max = 1000, assumption = true) double priorVictimisations,
    @Param(doc = "Judge each group's reporting against what is usual for it (its reporting at"
        + " full trust in police), so that only a fall below usual (a chill) draws offenders;"
        + " false = against the other groups' reporting, so that a group that always reports"
        + " less is always victimised more.", source = "model design: the published elasticity"
            + " is estimated from changes in a group's reporting over time, not from differences"
            + " between groups") boolean relativeToUsual)
    implements java.io.Serializable {

  public static final VictimTargetingParams DEFAULTS = new VictimTargetingParams(0.94, 180, 10, true);
}
