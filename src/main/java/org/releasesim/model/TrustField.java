package org.releasesim.model;

import org.releasesim.model.param.ReleasePolicy;
import org.releasesim.model.param.TrustParams;

/**
 * Trust in police of each group in each tract of one jurisdiction (1 = full trust). It relaxes
 * toward a level set by the policy's cooperation with ICE as residents perceive it (the policy's
 * {@code cooperation}) and falls after visible at-large operations. Reporting and witness
 * cooperation scale with it.
 */
public final class TrustField implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final TrustParams params;
  private final TractGrid grid;
  private final double[] trust;
  private final double[] groupShare;

  /**
   * @param groupShare per tract, the share of each group among its residents
   *     (index tract * groups + group)
   */
  TrustField(TrustParams params, TractGrid grid, double[] groupShare) {
    this.params = params;
    this.grid = grid;
    this.groupShare = groupShare;
    this.trust = new double[grid.count() * Group.count()];
    java.util.Arrays.fill(trust, 1.0);
  }

  /** Trust of a group in a local tract (0-based within the jurisdiction). */
  public double trust(int tract, int group) {
    return trust[tract * Group.count() + group];
  }

  /** Population-weighted trust of a tract: how willing its witnesses are to cooperate. */
  public double witnessTrust(int tract) {
    double sum = 0;
    for (int g = 0; g < Group.count(); g++) {
      sum += groupShare[tract * Group.count() + g] * trust(tract, g);
    }
    return sum;
  }

  /** Population-weighted mean trust of a group over the jurisdiction's tracts. */
  public double meanTrust(int group) {
    double weighted = 0;
    double weights = 0;
    for (int t = 0; t < grid.count(); t++) {
      double w = groupShare[t * Group.count() + group];
      weighted += w * trust(t, group);
      weights += w;
    }
    return weights > 0 ? weighted / weights : 1.0;
  }

  /** One day of relaxation toward the level the policy in force implies. */
  void relax(ReleasePolicy policy, double days) {
    if (!params.enabled()) {
      return;
    }
    double cooperation = policy.cooperation();
    double step = 1 - Math.exp(-days / params.adjustmentDays());
    for (int t = 0; t < grid.count(); t++) {
      for (int g = 0; g < Group.count(); g++) {
        int i = t * Group.count() + g;
        double target = 1 - chill(g) * cooperation;
        trust[i] += (target - trust[i]) * step;
      }
    }
  }

  /** A visible at-large operation in a tract lowers non-citizens' trust there and nearby. */
  void operationSeen(int tract) {
    if (!params.enabled() || !params.enforcementVisibility()) {
      return;
    }
    shock(tract, params.operationShock());
    for (int n : grid.neighbours(tract)) {
      shock(n, params.operationShock() * params.neighbourSpillover());
    }
  }

  private void shock(int tract, double size) {
    for (int g = 0; g < Group.count(); g++) {
      int i = tract * Group.count() + g;
      trust[i] = Math.max(0, trust[i] - size * shockShare(g));
    }
  }

  /** A group's share of an operation's shock: its chill relative to unauthorized residents'. */
  private double shockShare(int group) {
    double reference = params.unauthorizedChill();
    if (reference <= 0) {
      return group == Group.UNAUTHORIZED.ordinal() ? 1 : 0;
    }
    return Math.min(1, chill(group) / reference);
  }

  private double chill(int group) {
    return switch (Group.of(group)) {
      case CITIZEN -> params.citizenChill();
      case LAWFUL_NONCITIZEN -> params.lawfulNoncitizenChill();
      case UNAUTHORIZED -> params.unauthorizedChill();
    };
  }
}
