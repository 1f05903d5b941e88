package org.releasesim.experiment.calibration;

import java.util.List;
import java.util.function.Predicate;

/**
 * A prison-release cohort and the BJS recidivism measures computed from it: cumulative
 * re-arrest by time since release (overall and by commitment offence), how front-loaded the
 * re-arrests are, and how concentrated the arrests are among releasees.
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
    return share(members, r -> r.rearrestedWithin(days));
  }

  /**
   * Share re-arrested within {@code days} among those committed for one crime type; NaN if
   * nobody in the cohort was.
   */
  public double rearrestedWithin(double days, int commitmentType) {
    List<Releasee> ofType = members.stream()
        .filter(r -> r.commitmentType() == commitmentType).toList();
    return share(ofType, r -> r.rearrestedWithin(days));
  }

  /** Share re-arrested within {@code days} among those of one age band; NaN if none. */
  public double rearrestedWithinByAge(double days, int ageBand) {
    List<Releasee> ofAge = members.stream().filter(r -> r.ageBand() == ageBand).toList();
    return share(ofAge, r -> r.rearrestedWithin(days));
  }

  /**
   * Of those re-arrested within {@code laterDays}, the share re-arrested within
   * {@code earlyDays} (BJS: 36.8% of 5-year re-arrests came within 6 months).
   */
  public double shareOfRearrestsWithin(double earlyDays, double laterDays) {
    List<Releasee> rearrested = members.stream()
        .filter(r -> r.rearrestedWithin(laterDays)).toList();
    return share(rearrested, r -> r.rearrestedWithin(earlyDays));
  }

  /** The share of releasees accounting for {@code arrestShare} of all five-year arrests. */
  public double concentration(double arrestShare) {
    int[] arrests = members.stream().mapToInt(Releasee::arrestsInFiveYears).toArray();
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

  private static double share(List<Releasee> people, Predicate<Releasee> test) {
    if (people.isEmpty()) {
      return Double.NaN;
    }
    return people.stream().filter(test).count() / (double) people.size();
  }
}
