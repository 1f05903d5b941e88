package org.releasesim.experiment.calibration;

/**
 * One member of a prison-release cohort: a person released from state prison to the community
 * during the cohort window (first release in the window only, as in the BJS cohorts).
 *
 * @param person the person's id
 * @param commitmentType crime type index of the offence the person was imprisoned for
 * @param ageBand the person's age band index (1 = 15-24, 2 = 25-39, 3 = 40 and over)
 * @param daysToFirstRearrest days from release to the first arrest after it, or +infinity if
 *     none within the follow-up
 * @param arrestsInFiveYears arrests within five years of release (the BJS concentration measure)
 */
public record Releasee(int person, int commitmentType, int ageBand,
    double daysToFirstRearrest, int arrestsInFiveYears) {
  public Releasee {
    if (daysToFirstRearrest < 0 || arrestsInFiveYears < 0) {
      throw new IllegalArgumentException("negative follow-up for person " + person + ": "
          + daysToFirstRearrest + " days, " + arrestsInFiveYears + " arrests");
    }
  }

  /** Whether the person was re-arrested within {@code days} of release. */
  public boolean rearrestedWithin(double days) {
    return daysToFirstRearrest <= days;
  }
}
