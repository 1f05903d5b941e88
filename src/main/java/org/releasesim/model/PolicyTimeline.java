package org.releasesim.model;

import java.util.List;
import java.util.function.Function;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.PolicyChange;
import org.releasesim.model.param.ReleasePolicy;

/**
 * A jurisdiction's release policy over time, each policy as its definition (resolved by name
 * once, when the run is built). Changes may also be made while a run is going (the GUI's mid-run
 * switch); they are kept in the order they take effect.
 */
public final class PolicyTimeline implements java.io.Serializable {
  private static final long serialVersionUID = 2L;

  private final double[] starts;
  private final ReleasePolicy[] policies;
  private ReleasePolicy override;
  private double overrideFrom = Double.POSITIVE_INFINITY;

  /**
   * @param params the jurisdiction's policy and changes, by name
   * @param definitions the definition of each name the scenario knows
   * @param warmupDays schedule day at which {@code fromYear = 0} falls
   */
  PolicyTimeline(JurisdictionParams params, Function<String, ReleasePolicy> definitions,
      double warmupDays, double daysPerYear) {
    List<PolicyChange> changes = params.policyChanges();
    starts = new double[changes.size() + 1];
    policies = new ReleasePolicy[changes.size() + 1];
    starts[0] = Double.NEGATIVE_INFINITY;
    policies[0] = definitions.apply(params.policy());
    for (int i = 0; i < changes.size(); i++) {
      starts[i + 1] = warmupDays + changes.get(i).fromYear() * daysPerYear;
      policies[i + 1] = definitions.apply(changes.get(i).policy());
    }
  }

  /** The policy in force at schedule time {@code day}. */
  public ReleasePolicy policyAt(double day) {
    if (day >= overrideFrom) {
      return override;
    }
    ReleasePolicy p = policies[0];
    for (int i = 1; i < starts.length && starts[i] <= day; i++) {
      p = policies[i];
    }
    return p;
  }

  /** Switch the policy from {@code day} on, overriding later scheduled changes. */
  void override(ReleasePolicy policy, double day) {
    override = policy;
    overrideFrom = day;
  }
}
