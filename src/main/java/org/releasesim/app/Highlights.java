package org.releasesim.app;

import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.RunResult;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

/**
 * A few headline numbers of a run for the terminal, each followed by its unit: flows per
 * 100,000 residents (all groups) per year, and the jail population's average per 100,000
 * residents.
 */
public final class Highlights {
  private static final List<String> FLOWS = List.of("crimes", "victimisations", "bookings",
      "detainers_lodged", "custodial_transfers", "at_large_arrests", "collateral_arrests",
      "removals");

  private Highlights() {}

  public static String of(RunResult r) {
    String scope = r.summary().stream().map(SummaryRow::jurisdiction)
        .anyMatch(SeriesPoint.ALL::equals) ? SeriesPoint.ALL : r.summary().get(0).jurisdiction();
    StringBuilder sb = new StringBuilder("per 100,000 residents per year:");
    for (String m : FLOWS) {
      SummaryRow row = find(r, scope, m);
      sb.append(String.format(Locale.ROOT, " %s %.1f %s;", m, row.per100kPerYear(),
          row.unit()));
    }
    SummaryRow jail = find(r, scope, "jail_population");
    sb.append(String.format(Locale.ROOT, " jail population %.1f %s per 100,000 residents"
        + " (average).", jail.per100kPerYear(), jail.unit()));
    return sb.toString();
  }

  private static SummaryRow find(RunResult r, String scope, String metric) {
    return r.summary().stream().filter(row -> row.jurisdiction().equals(scope)
        && row.metric().equals(metric) && row.type().equals(SeriesPoint.ALL)
        && row.group().equals(SeriesPoint.ALL) && row.status().equals(SeriesPoint.ALL))
        .findFirst().orElseThrow();
  }
}
