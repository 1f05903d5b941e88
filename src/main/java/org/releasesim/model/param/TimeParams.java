package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

/** The simulated horizon and the output grid. */
public record TimeParams(
    @Param(doc = "Warm-up before outputs are recorded, so that the jail and prison populations,"
        + " criminal histories and the mix of residents reach a steady state; its outputs are"
        + " dropped. The default passes the steady-state check (stationarity.csv) over 30"
        + " recorded years under each bundled policy.", unit = "years", min = 0, max = 50,
        source = "model design: the slowest part, the churn of residents and their histories"
            + " through moves and deaths, settles over two to three decades") double warmupYears,
    @Param(doc = "Length of the recorded period after the warm-up.", unit = "years", min = 0.01,
        max = 100, source = "model design") double years,
    @Param(doc = "Spacing of the time-series grid in timeseries.csv.", unit = "days", min = 1,
        max = 365, source = "model design") int outputIntervalDays)
    implements java.io.Serializable {

  /** Days in a year, used everywhere years turn into days (Julian year). */
  public static final double DAYS_PER_YEAR = 365.25;

  public static final TimeParams DEFAULTS = new TimeParams(30, 10, 7);

  public TimeParams {
    require(outputIntervalDays <= years * DAYS_PER_YEAR, "outputIntervalDays",
        "outputIntervalDays (" + outputIntervalDays + ") is longer than the recorded period");
  }

  public double warmupDays() {
    return warmupYears * DAYS_PER_YEAR;
  }

  public double recordedDays() {
    return years * DAYS_PER_YEAR;
  }

  /** Schedule time at which the run ends (warm-up plus recorded period), in days. */
  public double endDay() {
    return warmupDays() + recordedDays();
  }
}
