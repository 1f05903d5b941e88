package org.releasesim.model;

import org.releasesim.model.param.VictimTargetingParams;

/**
 * What offenders in one jurisdiction have seen of each group's reporting, for victim targeting
 * ({@link org.releasesim.model.param.VictimTargetingParams}): per tract and group,
 * victimisations and reports counted with exponential forgetting (mean age {@code memoryDays}),
 * so that a change in reporting reaches victim choice with a lag. A tract's rate is shrunk
 * toward the group's county-wide rate by {@code priorVictimisations}; the county-wide rate starts
 * from the reporting that the parameters imply at full trust, with the same weight (at least
 * one victimisation), so it is
 * defined before any victimisation is seen.
 */
final class ReportingPerception implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  /** Perceived rates are held above this, so that a weight stays finite. */
  static final double FLOOR = 0.01;

  private final double decayPerDay;
  private final boolean relativeToUsual;
  private final double prior;
  private final double[] startRate;
  private final double[] victimisations;
  private final double[] reports;
  private final double[] countyVictimisations = new double[Group.count()];
  private final double[] countyReports = new double[Group.count()];

  /**
   * @param startRate by group, the share of victimisations reported at full trust: where the
   *     county-wide perception starts
   */
  ReportingPerception(VictimTargetingParams params, int tracts, double[] startRate) {
    this.decayPerDay = Math.exp(-1 / params.memoryDays());
    this.relativeToUsual = params.relativeToUsual();
    this.prior = params.priorVictimisations();
    this.startRate = startRate.clone();
    this.victimisations = new double[tracts * Group.count()];
    this.reports = new double[tracts * Group.count()];
  }

  /** A victimisation of a member of {@code group} in local tract {@code tract}, and its fate. */
  void record(int tract, int group, boolean reported) {
    int i = tract * Group.count() + group;
    victimisations[i] += 1;
    countyVictimisations[group] += 1;
    if (reported) {
      reports[i] += 1;
      countyReports[group] += 1;
    }
  }

  /** One day of forgetting. */
  void forget(double days) {
    double keep = days == 1 ? decayPerDay : Math.pow(decayPerDay, days);
    for (int i = 0; i < victimisations.length; i++) {
      victimisations[i] *= keep;
      reports[i] *= keep;
    }
    for (int g = 0; g < Group.count(); g++) {
      countyVictimisations[g] *= keep;
      countyReports[g] *= keep;
    }
  }

  /** The share of a group's victimisations offenders believe are reported, county-wide. */
  double countyRate(int group) {
    double weight = prior > 0 ? prior : 1;
    return Math.max(FLOOR, (countyReports[group] + weight * startRate[group])
        / (countyVictimisations[group] + weight));
  }

  /** The share of a group's victimisations in a tract that offenders believe are reported. */
  double rate(int tract, int group) {
    int i = tract * Group.count() + group;
    double weight = victimisations[i] + prior;
    if (weight <= 0) {
      return countyRate(group);
    }
    return Math.max(FLOOR, (reports[i] + prior * countyRate(group)) / weight);
  }

  /**
   * A group's reporting in a tract as offenders judge it: its perceived rate over its usual rate
   * (at full trust), or the perceived rate itself when not judged against the usual.
   */
  double judged(int tract, int group) {
    return relativeToUsual ? rate(tract, group) / Math.max(FLOOR, startRate[group])
        : rate(tract, group);
  }

  /**
   * The chance that an offender goes ahead with a candidate of {@code group} in {@code tract}:
   * (lowest judged reporting of any group there / this group's) ^ strength. Accepting candidates
   * drawn at random with this chance weights each one by its judged reporting ^ -strength.
   */
  double acceptance(int tract, int group, double strength) {
    double lowest = Double.POSITIVE_INFINITY;
    double own = 0;
    for (int g = 0; g < Group.count(); g++) {
      double judged = judged(tract, g);
      lowest = Math.min(lowest, judged);
      own = g == group ? judged : own;
    }
    return Math.min(1, Math.pow(lowest / own, strength));
  }
}
