package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

/**
 * A jail's release policy toward ICE, as data: whom it covers among the people ICE has lodged a
 * detainer on, what ICE gets for a covered person (notice of the release, how likely the notice
 * is to come early enough, a hold and its limit), whether ICE may interview people in the jail,
 * and how cooperative residents perceive it to be. The model reads only these fields, never the name, so a policy defined in a scenario file
 * acts exactly as a bundled one ({@link BundledPolicy}) with the same fields.
 *
 * <p>A value left unset (null) takes the scenario's general parameter: {@code ice
 * .noticeInTimeProbability} for the notice, {@code detainers.holdLimitDays} for the hold. The
 * cooperation level is required of a policy defined in a scenario ({@link PolicyCatalog}).
 */
public record ReleasePolicy(
    @Param(doc = "The policy's name, by which jurisdictions[].policy, policyChanges[].policy,"
        + " compare --policies and sweep policy factors refer to it: 1 to 40 letters, digits,"
        + " '_' or '-', starting with a letter; not the name of a bundled policy (HONOR_DETAINERS,"
        + " NOTIFY_ONLY, SERIOUS_ONLY, NO_COOPERATION) nor 'all'. Required.",
        source = "scenario input", allowed = PolicyCatalog.NAME_ALLOWED) String name,
    @Param(doc = "Whom the policy covers, among the people ICE has lodged a detainer on: ICE is"
        + " told of a covered person's release (and the person held, if hold is true); anyone"
        + " else is released as if the detainer were declined. Any criterion switched on"
        + " covers; none (the default) covers nobody, as NO_COOPERATION.",
        source = "see fields") PolicyCoverage covers,
    @Param(doc = "For a covered person who is not held: probability that the notice reaches ICE"
        + " early enough to plan a pick-up at the jail door. This is how far ahead the jail"
        + " tells ICE, as the model can use it (a rule such as 'notify 24 hours ahead' is close"
        + " to 1). Leave it out to take ice.noticeInTimeProbability.", unit = "probability",
        min = 0, max = 1, source = "scenario input") Double noticeInTimeProbability,
    @Param(doc = "Switch: a covered person is held past the release time for ICE to pick up"
        + " (state DETAINER_HOLD), as a detainer requests.", source = "scenario input")
    boolean hold,
    @Param(doc = "Longest hold past the release time; needs hold: true. Leave it out to take"
        + " detainers.holdLimitDays (48 hours, form I-247A).", unit = "hours", min = 0, max = 720,
        source = "scenario input") Double holdLimitHours,
    @Param(doc = "Switch: ICE may interview people booked into the jail to learn whether they"
        + " are removable (ICE's Criminal Alien Program screens jails this way). Off: ICE"
        + " learns of a booked person only through the fingerprints sent to DHS at booking,"
        + " which identify an unauthorized person without a removal or final order on record"
        + " only with probability detainers.unauthorizedFingerprintShare. Every bundled policy"
        + " lets ICE interview.", source = "scenario input; e.g. Cook County Code sec. 46-37(b)"
            + " bars ICE's investigative interviews in the county jail")
    boolean iceInterviews,
    @Param(doc = "How cooperative with ICE residents perceive the policy to be, on the scale of"
        + " NO_COOPERATION (0) to HONOR_DETAINERS (1): each group's trust in police moves toward"
        + " 1 - its chill x this level (ODD 7.9). Required.", unit = "share 0-1", min = 0,
        max = 1, assumption = true, allowed = "0 to 1; required") Double cooperation)
    implements java.io.Serializable {

  /** Hours in a day, to turn a policy's hold limit into schedule days. */
  public static final double HOURS_PER_DAY = 24;

  /** What a policy item of a scenario starts from: covers nobody, nothing set. */
  public static final ReleasePolicy DEFAULTS =
      new ReleasePolicy("", PolicyCoverage.DEFAULTS, null, false, null, true, null);

  public ReleasePolicy {
    require(name != null, "name", "a policy needs a name");
    require(covers != null, "covers", "a policy must say whom it covers");
    require(noticeInTimeProbability == null
        || (noticeInTimeProbability >= 0 && noticeInTimeProbability <= 1),
        "noticeInTimeProbability", "must be a probability from 0 to 1");
    require(holdLimitHours == null || (holdLimitHours >= 0 && holdLimitHours <= 720),
        "holdLimitHours", "must be from 0 to 720 hours");
    require(holdLimitHours == null || hold, "holdLimitHours",
        "a hold limit needs hold: true (a policy that does not hold has no limit)");
    require(cooperation == null || (cooperation >= 0 && cooperation <= 1), "cooperation",
        "must be from 0 to 1");
  }

  /** Whether ICE gets notice of anybody's release under this policy. */
  public boolean notifiesAnybody() {
    return covers.anybody();
  }

  /** Probability that a notice without a hold comes early enough: the policy's, else ICE's. */
  public double noticeInTimeProbability(IceParams ice) {
    return noticeInTimeProbability == null ? ice.noticeInTimeProbability()
        : noticeInTimeProbability;
  }

  /** Longest hold past release in days: the policy's own limit, else the detainer's. */
  public double holdLimitDays(DetainerParams detainers) {
    return holdLimitHours == null ? detainers.holdLimitDays() : holdLimitHours / HOURS_PER_DAY;
  }
}
