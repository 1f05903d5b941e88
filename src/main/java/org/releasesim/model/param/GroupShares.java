package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

/** Shares of residents in each legal-status group; they must sum to 1. */
public record GroupShares(
    @Param(doc = "Share of residents who are US citizens.", unit = "share 0-1", min = 0, max = 1,
        source = "ACS 2022: about 93% of US residents are citizens") double citizen,
    @Param(doc = "Share of residents who are lawfully present non-citizens (permanent residents,"
        + " visa holders).", unit = "share 0-1", min = 0, max = 1,
        source = "ACS 2022 / DHS OHSS: about 3.5% of residents") double lawfulNoncitizen,
    @Param(doc = "Share of residents who are unauthorized immigrants.", unit = "share 0-1",
        min = 0, max = 1, source = "Pew Research Center 2022: about 3.3% (11 million)")
    double unauthorized)
    implements java.io.Serializable {

  public static final GroupShares DEFAULTS = new GroupShares(0.932, 0.035, 0.033);

  /** Allowed gap between the sum of the shares and 1, for decimals typed by hand. */
  public static final double SUM_TOLERANCE = 1e-6;

  public GroupShares {
    double sum = citizen + lawfulNoncitizen + unauthorized;
    require(Math.abs(sum - 1) <= SUM_TOLERANCE, "unauthorized",
        "group shares must sum to 1 (citizen + lawfulNoncitizen + unauthorized = " + sum + ")");
  }
}
