package org.releasesim.model.param;

/** People crossing into neighbouring jurisdictions, where they may offend and be booked. */
public record MobilityParams(
    @Param(doc = "Probability that an offence happens in another jurisdiction of the scenario"
        + " (chosen in proportion to population); the offender is then booked in that"
        + " jurisdiction's jail, under its policy. Unused with one jurisdiction.",
        unit = "probability", min = 0, max = 1, assumption = true) double crossJurisdictionShare)
    implements java.io.Serializable {

  public static final MobilityParams DEFAULTS = new MobilityParams(0.1);
}
