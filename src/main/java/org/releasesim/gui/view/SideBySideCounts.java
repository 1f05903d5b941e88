package org.releasesim.gui.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.gui.watch.Headline;
import org.releasesim.gui.watch.SeriesLine;
import org.releasesim.gui.watch.WatchedRun;

/**
 * What the side-by-side view shows, as {@code --counts} writes it: per headline outcome, each
 * run's value at the latest closed interval, the difference the chart shows and the table's
 * cells, with the day, the seed and the two policies. Read on the Swing thread, after the
 * charts have taken their updates.
 *
 * @param dayLabel the day as the view shows it
 * @param outcomes one per {@link Headline}, in order
 */
public record SideBySideCounts(String scenario, long seed, int day, String dayLabel, String policyA,
    String policyB, List<Outcome> outcomes) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One outcome as shown.
   *
   * @param a run A's value (total since day 0, or level), as the table's A column has it
   * @param b run B's value
   * @param differenceShown the last point of the outcome's chart of B minus A
   * @param table the table's row: A, B and B minus A as printed
   */
  public record Outcome(Headline headline, double a, double b, double differenceShown,
      List<String> table) {}

  public static SideBySideCounts of(SideBySideWithUI gui) {
    WatchedRun a = gui.runA();
    WatchedRun b = gui.runB();
    DifferenceCharts charts = gui.charts();
    List<Outcome> outcomes = new ArrayList<>();
    for (Headline h : Headline.values()) {
      SeriesLine la = a.headlines().line(h);
      SeriesLine lb = b.headlines().line(h);
      List<String> row = new ArrayList<>();
      for (int c = 1; c < charts.table().getColumnCount(); c++) {
        row.add(String.valueOf(charts.table().getValueAt(h.ordinal(), c)));
      }
      outcomes.add(new Outcome(h, last(la), last(lb), charts.shownDifference(h), row));
    }
    return new SideBySideCounts(gui.pair().scenarioName(), a.sim().params().seed(),
        a.clock().recordedDay(a.reached()), a.dayLabel(), gui.pair().policyA(),
        gui.pair().policyB(), outcomes);
  }

  private static double last(SeriesLine line) {
    return line.size() == 0 ? Double.NaN : line.value(line.size() - 1);
  }

  public void write(Path file) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario);
    root.put("seed", seed);
    root.put("day", day);
    root.put("day_label", dayLabel);
    root.put("a", Map.of("policy", policyA, "map", "left"));
    root.put("b", Map.of("policy", policyB, "map", "right"));
    Map<String, Object> shown = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("title", o.headline().title());
      v.put("meaning", o.headline().meaning());
      v.put("a", o.a());
      v.put("b", o.b());
      v.put("difference_shown", o.differenceShown());
      v.put("table", o.table());
      shown.put(o.headline().key(), v);
    }
    root.put("outcomes", shown);
    JSON.writeValue(file.toFile(), root);
  }
}
