package org.releasesim.model.param;

/** Who the residents are: ages and latent offending propensity. */
public record PopulationParams(
    @Param(doc = "Age structure of residents.", source = "see fields") AgeShares ageShares,
    @Param(doc = "Shape of the gamma distribution (mean 1) of latent offending propensity. Small"
        + " values make offending concentrated: most residents near zero, a few very high.",
        unit = "gamma shape", min = 0.01, max = 100, assumption = true,
        source = "calibrated to the BJS prison-release cohorts' re-arrest curve and arrest"
            + " concentration (NCJ 244205, NCJ 256094) and TRAC report 330's detainer mix; see"
            + " docs/calibration.md") double propensityShape,
    @Param(doc = "Share of lawfully present non-citizens who are removable from the start (a"
        + " qualifying conviction or status violation); others become removable through a"
        + " violent or drug conviction.", unit = "share 0-1", min = 0, max = 1, assumption = true)
    double lawfulRemovableShare,
    @Param(doc = "Switch: give residents a criminal history at the start (a past booking and"
        + " conviction, drawn from their own arrest hazard over their adult years), so that the"
        + " share of offenders never booked does not drift through the run. Off = everyone"
        + " starts never booked.", source = "model design: a steady state without a decades-long"
            + " warm-up") boolean initialHistories,
    @Param(doc = "Deaths, births, migration and changes of status.", source = "see fields")
    TurnoverParams turnover)
    implements java.io.Serializable {

  public static final PopulationParams DEFAULTS =
      new PopulationParams(AgeShares.DEFAULTS, 0.11, 0.02, true, TurnoverParams.DEFAULTS);
}
