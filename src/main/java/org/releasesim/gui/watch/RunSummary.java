package org.releasesim.gui.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releasesim.model.Jurisdiction;
import org.releasesim.model.OffenderStatus;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.metrics.Metric;

/**
 * A few lines that make a saved chart figure self-explanatory: seed, policies in force, hand
 * switches, and the totals since recording started.
 */
public final class RunSummary {
  private RunSummary() {}

  public static List<String> lines(WatchedRun run) {
    ReleaseSim sim = run.sim();
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "Seed %d; %,d residents at the start",
        sim.params().seed(), sim.params().totalPopulation()));
    double now = sim.schedule.getTime();
    for (Jurisdiction j : sim.jurisdictions()) {
      lines.add(j.name() + ": " + PersonReport.words(j.policyTimeline().policyAt(now).name())
          + String.format(Locale.ROOT, ", %d ICE officers", j.iceOffice().officers().size()));
    }
    List<PolicySwitch> switches = run.switches();
    lines.add("Policies switched by hand: " + (switches.isEmpty() ? "none" : switches.size()));
    lines.add("");
    lines.add("Since recording started:");
    GuiTallies t = run.events().tallies();
    lines.add(String.format(Locale.ROOT, "  crimes %,d (by people ICE wanted: %,d)",
        t.offences(), t.offences(OffenderStatus.RELEASED_DETAINER_DECLINED)
            + t.offences(OffenderStatus.RELEASED_TRANSFER_MISSED)));
    lines.add(String.format(Locale.ROOT, "  detainers lodged %,.0f, honoured %,.0f,"
        + " declined %,.0f", total(sim, Metric.DETAINERS_LODGED),
        total(sim, Metric.DETAINERS_HONOURED), total(sim, Metric.DETAINERS_DECLINED)));
    lines.add(String.format(Locale.ROOT, "  at-large operations %,d, collateral arrests %,d",
        t.operations(), t.collateralArrests()));
    PersonCensus c = run.census();
    lines.add(String.format(Locale.ROOT, "Now: %,d in jail, %,d in ICE custody, %,d removed",
        c.total(DotState.PRETRIAL) + c.total(DotState.SENTENCED)
            + c.total(DotState.DETAINER_HOLD), c.total(DotState.ICE_CUSTODY),
        c.total(DotState.REMOVED)));
    return lines;
  }

  private static double total(ReleaseSim sim, Metric m) {
    return MetricSums.total(sim.metrics(), m, true);
  }
}
