package org.releasesim.model.param;

/**
 * The four policies every scenario knows by name, each a {@link ReleasePolicy} definition.
 * The cooperation levels of the two partial policies are the scenario's assumptions
 * {@code trust.notifyOnlyCooperation} and {@code trust.seriousOnlyCooperation}; the hold limit
 * and the notice are left to {@code detainers.holdLimitDays} and {@code
 * ice.noticeInTimeProbability}. All four let ICE interview people in the jail: they are release
 * policies, and a rule that also bars ICE from the jail is a policy of its own.
 */
public enum BundledPolicy {
  /** Notice and a hold up to the detainer's limit for everyone ICE wants; cooperation 1. */
  HONOR_DETAINERS,
  /** Notice of the release time for everyone ICE wants, no hold. */
  NOTIFY_ONLY,
  /** Notice and a hold for a violent current charge or a violent conviction only. */
  SERIOUS_ONLY,
  /** No notice, no hold ("sanctuary"): ICE learns of a release late, if at all; cooperation 0. */
  NO_COOPERATION;

  private static final PolicyCoverage SERIOUS =
      new PolicyCoverage(false, true, true, false, false);

  /** This policy's definition, with the cooperation levels of the scenario's trust parameters. */
  public ReleasePolicy definition(TrustParams trust) {
    return switch (this) {
      case HONOR_DETAINERS -> new ReleasePolicy(name(), PolicyCoverage.EVERYONE, null, true,
          null, true, 1.0);
      case NOTIFY_ONLY -> new ReleasePolicy(name(), PolicyCoverage.EVERYONE, null, false, null,
          true, trust.notifyOnlyCooperation());
      case SERIOUS_ONLY -> new ReleasePolicy(name(), SERIOUS, null, true, null, true,
          trust.seriousOnlyCooperation());
      case NO_COOPERATION -> new ReleasePolicy(name(), PolicyCoverage.DEFAULTS, null, false,
          null, true, 0.0);
    };
  }

  /** The bundled policy of that name, if there is one. */
  public static java.util.Optional<BundledPolicy> named(String name) {
    for (BundledPolicy b : values()) {
      if (b.name().equals(name)) {
        return java.util.Optional.of(b);
      }
    }
    return java.util.Optional.empty();
  }
}
