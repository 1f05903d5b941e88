package org.releasesim.model.param;

/** Unit costs, in US dollars (nominal, of the source's year). */
public record CostParams(
    @Param(doc = "Cost of one jail bed-day.", unit = "USD per bed-day", min = 0, max = 10_000,
        source = "Henrichson, Rinaldi & Delaney 2015, Vera 'The Price of Jails': $22.2 B / about"
            + " 735,000 ADP = about $83 (range $80-460)") double jailBedDay,
    @Param(doc = "Cost of one ICE detention bed-day.", unit = "USD per bed-day", min = 0,
        max = 10_000, source = "ICE budget FY17: adult bed rate $132.90") double iceBedDay,
    @Param(doc = "Cost of one ICE officer working hour (pay and overhead).",
        unit = "USD per officer-hour", min = 0, max = 10_000, assumption = true)
    double iceOfficerHour,
    @Param(doc = "Social cost per offence, by type.", unit = "USD per offence",
        source = "McCollister, French & Fang 2010, Drug Alcohol Depend. 108 (Table 5, 2008 USD;"
            + " values from a secondary summary, check before citing): aggravated assault"
            + " $107,020 used for violent, burglary $6,462 for property; drug and public order"
            + " set to 0 (no victim cost)") CrimeCosts crimeCost)
    implements java.io.Serializable {

  public static final CostParams DEFAULTS =
      new CostParams(83, 132.9, 75, new CrimeCosts(107_020, 6_462, 0, 0));
}
