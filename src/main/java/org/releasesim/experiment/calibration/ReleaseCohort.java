package org.releasesim.experiment.calibration;

import java.util.List;

/**
 * A prison-release cohort and the BJS recidivism measures computed from it: cumulative
 * re-arrest by time since release (overall and by commitment offence), how front-loaded the
 * re-arrests are, and how concentrated the arrests are among releasees. A releasee who moves
 * away leaves the model's sight while BJS's FBI records would still see their arrests, so
 * cumulative re-arrest is the Kaplan-Meier estimate with moves as censoring (the same as the
 * plain share when nobody moves), and the concentration counts those followed for five years.
 *
 * @param members the releasees, each followed up for at least the longest horizon asked about
 */
public record ReleaseCohort(List<Releasee> members) {
  public ReleaseCohort {
    members = List.copyOf(members);
  }

  public int size() {
    return members.size();
  }

  /** Share of the cohort re-arrested within {@code days} of release; NaN for an empty cohort. */
  public double rearrestedWithin(double days) {
    return kaplanMeier(members, days);
  }

  /**
   * Share re-arrested within {@code days} among those committed for one crime type; NaN if
   * nobody in the cohort was.
   */
  public double rearrestedWithin(double days, int commitmentType) {
    List<Releasee> ofType = members.stream()
        .filter(r -> r.commitmentType() == commitmentType).toList();
    return kaplanMeier(ofType, days);
  }

  /** Share re-arrested within {@code days} among those of one age band; NaN if none. */
  public double rearrestedWithinByAge(double days, int ageBand) {
    List<Releasee> ofAge = members.stream().filter(r -> r.ageBand() == ageBand).toList();
    return kaplanMeier(ofAge, days);
  }

  /**
   * Of those re-arrested within {@code laterDays}, the share re-arrested within
   * {@code earlyDays} (BJS: 36.8% of 5-year re-arrests came within 6 months).
   */
  public double shareOfRearrestsWithin(double earlyDays, double laterDays) {
    double later = rearrestedWithin(laterDays);
    return later > 0 ? rearrestedWithin(earlyDays) / later : Double.NaN;
  }

  /** The share of releasees accounting for {@code arrestShare} of all five-year arrests. */
  public double concentration(double arrestShare) {
    int[] arrests = members.stream().filter(r -> r.followedFor(FIVE_YEARS))
        .mapToInt(Releasee::arrestsInFiveYears).toArray();
    return Concentration.shareOfPeopleFor(arrests, arrestShare);
  }

  /** Cumulative re-arrest at each of {@code days}: the simulated recidivism curve. */
  public double[] curve(double[] days) {
    double[] result = new double[days.length];
    for (int i = 0; i < days.length; i++) {
      result[i] = rearrestedWithin(days[i]);
    }
    return result;
  }

  /** Five years in days, as the concentration measure counts them. */
  private static final double FIVE_YEARS = 5 * 365.25;

  /**
   * One minus the Kaplan-Meier survival to {@code days}: first re-arrests are the events, moves
   * away censor (a re-arrest on the day of a move still counts); NaN for nobody.
   */
  private static double kaplanMeier(List<Releasee> people, double days) {
    if (people.isEmpty()) {
      return Double.NaN;
    }
    // each person leaves the risk set at the first of re-arrest and move; sorted by that time,
    // a re-arrest before a move at the same time
    int n = people.size();
    double[][] exits = new double[n][];
    for (int i = 0; i < n; i++) {
      Releasee r = people.get(i);
      boolean arrest = r.daysToFirstRearrest() <= r.daysToMove();
      exits[i] = new double[] {Math.min(r.daysToFirstRearrest(), r.daysToMove()),
          arrest ? 0 : 1};
    }
    java.util.Arrays.sort(exits, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
        : Double.compare(a[1], b[1]));
    double survival = 1;
    int atRisk = n;
    int i = 0;
    while (i < n && exits[i][0] <= days) {
      double t = exits[i][0];
      int arrested = 0;
      int left = 0;
      while (i < n && exits[i][0] == t) {
        arrested += exits[i][1] == 0 ? 1 : 0;
        left++;
        i++;
      }
      survival *= 1 - arrested / (double) atRisk;
      atRisk -= left;
    }
    return 1 - survival;
  }

}
