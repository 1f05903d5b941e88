package org.releasesim.model;

/** What a jail does, at release, for a person on whom ICE has lodged a detainer. */
public enum ReleasePolicy {
  /** Notify ICE in advance and hold up to the detainer limit (48 h) past release for a transfer. */
  HONOR_DETAINERS(true, true),
  /** Give advance notice of the release time; no hold past release. */
  NOTIFY_ONLY(true, false),
  /** Notice and hold only for people with a serious (violent) current charge or conviction. */
  SERIOUS_ONLY(true, true),
  /** No notice and no hold ("sanctuary"): ICE learns of the release late, if at all. */
  NO_COOPERATION(false, false);

  private final boolean notifies;
  private final boolean holds;

  ReleasePolicy(boolean notifies, boolean holds) {
    this.notifies = notifies;
    this.holds = holds;
  }

  /** Whether the policy gives ICE notice for a person it covers. */
  public boolean notifies(boolean seriousCase) {
    return this == SERIOUS_ONLY ? seriousCase : notifies;
  }

  /** Whether the policy holds a person it covers past release. */
  public boolean holds(boolean seriousCase) {
    return this == SERIOUS_ONLY ? seriousCase : holds;
  }
}
