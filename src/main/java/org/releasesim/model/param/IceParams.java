package org.releasesim.model.param;

/** ICE enforcement: jail transfers, at-large cases, collateral arrests, custody and removal. */
public record IceParams(
    @Param(doc = "Working hours per officer per day (the rest of the day the officer is off"
        + " duty); task durations below are in working hours.", unit = "hours per day", min = 1,
        max = 24, source = "40-hour week spread over 7 days; an assumption") double hoursPerOfficerDay,
    @Param(doc = "Officers needed for a custodial transfer at the jail.", unit = "officers",
        min = 1, max = 50, source = "ICE statement 2025: as few as 2 officers (agency claim,"
            + " unaudited)") int transferOfficers,
    @Param(doc = "Working hours a custodial transfer takes.", unit = "hours", min = 0.1, max = 48,
        assumption = true) double transferHours,
    @Param(doc = "Under NOTIFY_ONLY (and for SERIOUS_ONLY cases), probability that the notice"
        + " reaches ICE early enough to plan a pick-up.", unit = "probability", min = 0, max = 1,
        assumption = true) double noticeInTimeProbability,
    @Param(doc = "Without a hold, how long ICE officers can wait at the jail door around a"
        + " notified release.", unit = "days", min = 0, max = 2, assumption = true)
    double pickupWindowWithoutHoldDays,
    @Param(doc = "Switch: ICE pursues wanted people released without a transfer as at-large"
        + " cases in the community.", source = "ICE declined-detainer statements (ice.gov)")
    boolean atLargeEnforcement,
    @Param(doc = "Probability that ICE opens an at-large case for a wanted person released without"
        + " a transfer.", unit = "probability", min = 0, max = 1, assumption = true)
    double atLargeCaseProbability,
    @Param(doc = "Delay until ICE learns of a release it was not told of.", unit = "days",
        min = 0, max = 365, assumption = true) double discoveryDelayDays,
    @Param(doc = "Officers on one at-large operation.", unit = "officers", min = 1, max = 50,
        source = "ICE statement 2025: typically 8-10 officers (agency claim, unaudited)")
    int atLargeOfficers,
    @Param(doc = "Working hours one at-large attempt (search and arrest) takes.", unit = "hours",
        min = 0.5, max = 200, assumption = true) double atLargeHours,
    @Param(doc = "Probability that one at-large attempt finds and arrests the target.",
        unit = "probability", min = 0, max = 1, assumption = true) double atLargeSuccess,
    @Param(doc = "Attempts after which ICE closes an at-large case unresolved.", unit = "attempts",
        min = 1, max = 100, assumption = true) int atLargeMaxAttempts,
    @Param(doc = "Days after which an open at-large case is closed unresolved.", unit = "days",
        min = 1, max = 3650, assumption = true) double atLargeCaseExpiryDays,
    @Param(doc = "Switch: at-large operations arrest other removable people met on the scene.",
        source = "ICE via Rewire 2017: 183 of 498 arrests collateral in one operation")
    boolean collateralArrests,
    @Param(doc = "Mean collateral arrests per at-large attempt, for a tract with the county's"
        + " average removable share (Poisson; scales with the tract's share).",
        unit = "arrests per attempt", min = 0, max = 20,
        source = "ICE via Rewire 2017 (37% of arrests collateral in one operation; no national"
            + " rate: weak, sweep it)") double collateralPerAttempt,
    @Param(doc = "Probability of a use-of-force incident in one at-large attempt.",
        unit = "probability", min = 0, max = 1, assumption = true) double useOfForceAtLarge,
    @Param(doc = "Probability of a use-of-force incident in one custodial transfer.",
        unit = "probability", min = 0, max = 1, assumption = true) double useOfForceTransfer,
    @Param(doc = "Mean stay in ICE detention, exponential.", unit = "days", min = 1, max = 2000,
        source = "GAO-18-343 / ICE FY17: average length of stay 43.7 days") double detentionDays,
    @Param(doc = "Probability that ICE detention ends in removal (else release on bond or"
        + " relief).", unit = "probability", min = 0, max = 1, assumption = true)
    double removalProbability,
    @Param(doc = "Switch: ICE also works in the community on its own, looking for removable"
        + " residents it already knows of (a prior removal, a final order of removal, a"
        + " conviction it learned of from fingerprints at booking), whatever the jail's policy.",
        source = "ICE National Fugitive Operations Program; ICE ERO annual reports (at-large"
            + " arrests are a large share of ERO's administrative arrests)")
    boolean communityEnforcement,
    @Param(doc = "ICE officers on community (fugitive) operations, per 100,000 residents; each"
        + " operation takes atLargeOfficers officers for atLargeHours, with the at-large"
        + " success, collateral-arrest and use-of-force figures.", unit = "officers per 100,000",
        min = 0, max = 50, assumption = true, source = "ICE Enforcement and Removal Operations:"
            + " about 6,000 deportation officers (FY2019 budget justification), a third of"
            + " them on at-large work, for about 330 million residents: about 0.6 per 100,000;"
            + " ICE's 129 fugitive operations teams alone are about 0.25 (approximate)")
    double communityOfficersPer100k,
    @Param(doc = "Share of people released from ICE detention without removal who later hold a"
        + " final order of removal that was not carried out (missed hearings, lost cases), and"
        + " so become targets of community operations.", unit = "share 0-1", min = 0, max = 1,
        assumption = true, source = "EOIR statistics: a large share of non-detained removal"
            + " orders are issued in absentia (approximate)") double finalOrderShare)
    implements java.io.Serializable {

  public static final IceParams DEFAULTS = new IceParams(5.7, 2, 4, 0.7, 0.25, true, 0.8, 14,
      8, 10, 0.35, 6, 365, true, 0.3, 0.005, 0.0005, 44, 0.75, true, 0.6, 0.3);
}
