package org.releasesim.model.param;

/**
 * Population turnover: deaths by age, migration out of and into the county, emigration of
 * non-citizens, naturalisation and adjustment of status. Deaths are replaced by births and each
 * departure by an arrival of the same age, so that by default the county's size, age structure and
 * group composition stay where they start (a stationary county).
 */
public record TurnoverParams(
    @Param(doc = "Switch: residents die, move away and change status, and are replaced by"
        + " births and arrivals. Off = nobody leaves except by removal, as in a closed"
        + " population (ages still advance).", source = "model design: a stationary county")
    boolean enabled,
    @Param(doc = "Multiplies every age's death hazard in the US life table (1 = as published).",
        unit = "ratio", min = 0.1, max = 5, source = "NCHS, United States Life Tables 2013"
            + " (Arias, Heron & Xu 2017, NVSR 66(3)); life expectancy at birth 78.8 years")
    double mortalityMultiplier,
    @Param(doc = "Residents moving to another county each year (any group); each is replaced by"
        + " a newcomer of the same age, so migration churns people without changing the age"
        + " structure.", unit = "per person-year", min = 0, max = 0.5,
        source = "US Census Bureau, Current Population Survey ASEC 2019, geographic mobility:"
            + " about 4% of residents moved between counties in a year (approximate)")
    double outMigrationPerYear,
    @Param(doc = "Lawfully present non-citizens leaving the United States each year, besides"
        + " moving between counties.", unit = "per person-year", min = 0, max = 0.5,
        assumption = true, source = "US Census Bureau population estimates assume foreign-born"
            + " emigration of roughly 1% a year (approximate)") double lawfulEmigrationPerYear,
    @Param(doc = "Unauthorized residents leaving the United States of their own accord each"
        + " year.", unit = "per person-year", min = 0, max = 0.5, assumption = true,
        source = "Warren & Warren 2013, International Migration Review 47(2): emigration of"
            + " unauthorized residents of several per cent a year in the 2000s (approximate)")
    double unauthorizedEmigrationPerYear,
    @Param(doc = "Lawfully present non-citizens who naturalise each year (become citizens).",
        unit = "per person-year", min = 0, max = 0.5, source = "DHS Office of Homeland Security"
            + " Statistics, Yearbook of Immigration Statistics: about 0.75-0.85 million"
            + " naturalisations a year against some 20 million lawfully present non-citizens"
            + " (approximate)") double naturalisationPerYear,
    @Param(doc = "Unauthorized residents who gain lawful status each year (adjustment).",
        unit = "per person-year", min = 0, max = 0.5, assumption = true,
        source = "Migration Policy Institute and Warren estimates: roughly 100,000-150,000"
            + " adjustments a year among about 11 million unauthorized residents (approximate)")
    double adjustmentPerYear)
    implements java.io.Serializable {

  public static final TurnoverParams DEFAULTS =
      new TurnoverParams(true, 1, 0.04, 0.01, 0.03, 0.035, 0.012);
}
