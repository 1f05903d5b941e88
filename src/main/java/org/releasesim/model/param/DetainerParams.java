package org.releasesim.model.param;

import org.releasesim.model.PriorityRegime;

/** Federal side of booking: fingerprints go to DHS; ICE lodges detainers by its priorities. */
public record DetainerParams(
    @Param(doc = "Switch: ICE lodges detainers at all (off = no immigration enforcement at"
        + " jails).", source = "Secure Communities / PEP: fingerprints shared with DHS at every"
        + " booking") boolean enabled,
    @Param(doc = "Federal priority regime deciding whom ICE wants.",
        source = "DHS enforcement memoranda 2014, 2017, 2021, 2025") PriorityRegime regime,
    @Param(doc = "Probability that ICE lodges a detainer on a booked person who falls within the"
        + " priorities.", unit = "probability", min = 0, max = 1,
        source = "TRAC report 330 (47.7% of subjects had no conviction under broad priorities);"
            + " exact level an assumption") double lodgeProbability,
    @Param(doc = "Probability that ICE lodges a detainer on a removable person outside the"
        + " priorities.", unit = "probability", min = 0, max = 1, assumption = true)
    double outsidePriorityLodgeProbability,
    @Param(doc = "Detainer hold limit past the normal release time (form I-247A: 48 hours).",
        unit = "days", min = 0, max = 30, source = "ICE form I-247A") double holdLimitDays,
    @Param(doc = "Share of unauthorized residents whose fingerprints DHS already holds (people"
        + " who entered on a visa and overstayed, or were apprehended before), so that the"
        + " fingerprint check at booking identifies them. Matters only in a jail whose policy"
        + " bars ICE's interviews (policies[].iceInterviews: false): there, ICE lodges a"
        + " detainer on an unauthorized person without a removal or a final order on record"
        + " with this probability times the lodge probability; lawful non-citizens, whose"
        + " fingerprints DHS takes when it admits them, are identified as before.",
        unit = "probability", min = 0, max = 1,
        source = "Warren & Kerwin 2017, J. Migration & Human Security 5(1):124-136 (42% of the"
            + " unauthorized population in 2014 were visa overstays); Pew Hispanic Center 2006,"
            + " Modes of Entry (40-50% entered through a port of entry); the share with earlier"
            + " border apprehensions on top is an assumption")
    double unauthorizedFingerprintShare)
    implements java.io.Serializable {

  public static final DetainerParams DEFAULTS =
      new DetainerParams(true, PriorityRegime.ALL_REMOVABLE, 0.85, 0.05, 2.0, 0.5);
}
