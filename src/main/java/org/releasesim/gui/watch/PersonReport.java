package org.releasesim.gui.watch;

import java.util.List;
import java.util.Locale;
import org.releasesim.model.ModelEvent;
import org.releasesim.model.Population;

/**
 * A person's page for the inspector: where they are now, who they are, their record, and what
 * has happened to them (when histories are kept), as plain text.
 */
public final class PersonReport {
  private PersonReport() {}

  public static String text(WatchedRun run, int p) {
    Population pop = run.sim().population();
    StringBuilder b = new StringBuilder();
    int tract = pop.tract(p);
    int j = run.layout().ownerOf(tract);
    b.append("Person ").append(p).append('\n');
    b.append("Now: ").append(DotState.of(pop, p).label()).append('\n');
    b.append("Group: ").append(words(pop.group(p).name())).append(", aged ")
        .append(String.format(Locale.ROOT, "%.0f", pop.ageYears(p, run.sim().schedule.getTime()))).append('\n');
    b.append("Home: tract ").append(tract - run.sim().jurisdictions().get(j).firstTract())
        .append(" of ").append(run.sim().jurisdictionNames().get(j)).append('\n');
    b.append("Offender status: ").append(words(pop.offenderStatus(p).name())).append('\n');
    b.append("Lifetime bookings: ").append(pop.bookings(p)).append(", convictions: ")
        .append(pop.convictions(p)).append(", removable: ").append(yes(pop.isRemovable(p)))
        .append(", ICE detainer on the current case: ").append(yes(pop.hasDetainer(p)))
        .append('\n');
    appendHistory(b, run, p);
    return b.toString();
  }

  private static void appendHistory(StringBuilder b, WatchedRun run, int p) {
    PersonHistories histories = run.events().histories();
    if (!histories.enabled()) {
      b.append("\nHistories are kept only for populations of up to ")
          .append(String.format(Locale.ROOT, "%,d", WatchedRun.DRAW_LIMIT)).append(".\n");
      return;
    }
    List<ModelEvent> events = histories.of(p);
    b.append("\nHistory (").append(events.size()).append(events.size() == 1 ? " event" : " events")
        .append(" since the run started):\n");
    double warmup = run.clock().warmupDays();
    for (ModelEvent e : events) {
      b.append(String.format(Locale.ROOT, "  %-16s %-22s %s%n", when(e.day(), warmup),
          words(e.kind().name()), where(run, e)));
    }
    int dropped = histories.droppedFor(p);
    if (dropped > 0) {
      b.append("  ... and ").append(dropped).append(" later events not kept\n");
    }
  }

  /** "day 12.4" after the warm-up, "warm-up -3.0" before it (days before recording). */
  static String when(double day, double warmupDays) {
    double rel = day - warmupDays;
    return rel < 0 ? String.format(Locale.ROOT, "warm-up %.1f", rel)
        : String.format(Locale.ROOT, "day %.1f", rel);
  }

  private static String where(WatchedRun run, ModelEvent e) {
    String detail = e.detail().isEmpty() ? "" : words(e.detail());
    String place = e.jurisdiction() >= 0 && e.jurisdiction() < run.layout().jurisdictions()
        ? run.sim().jurisdictionNames().get(e.jurisdiction()) : "";
    return (detail + (detail.isEmpty() || place.isEmpty() ? "" : ", ") + place).trim();
  }

  /** An enum name as words: RELEASED_NORMALLY -> "released normally". */
  static String words(String name) {
    return name.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }
}
