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
 * @param daysToMove days from release until the person moved out of the county or emigrated,
 *     after which the model no longer sees their arrests (BJS's FBI records still would), or
 *     +infinity if the person stayed
 */
public record Releasee(int person, int commitmentType, int ageBand,
    double daysToFirstRearrest, int arrestsInFiveYears, double daysToMove) {
  public Releasee {
    if (daysToFirstRearrest < 0 || arrestsInFiveYears < 0) {
      throw new IllegalArgumentException("negative follow-up for person " + person + ": "
          + daysToFirstRearrest + " days, " + arrestsInFiveYears + " arrests");
    }
  }

  /** A releasee who stayed in the county throughout the follow-up. */
  public Releasee(int person, int commitmentType, int ageBand, double daysToFirstRearrest,
      int arrestsInFiveYears) {
    this(person, commitmentType, ageBand, daysToFirstRearrest, arrestsInFiveYears,
        Double.POSITIVE_INFINITY);
  }

  /** Whether the person was seen until {@code days} after release (not moved away before). */
  public boolean followedFor(double days) {
    return daysToMove >= days;
  }

  /** Whether the person was re-arrested within {@code days} of release. */
  public boolean rearrestedWithin(double days) {
    return daysToFirstRearrest <= days;
  }
}
