package org.releasesim.experiment.calibration;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The calibration results as a plain-text table for the terminal. */
public final class CalibrationTable {
  private static final String[] HEADER = {"target", "source", "model", "95% CI", "published",
      "result"};
  private static final int SOURCE_WIDTH = 44;

  private CalibrationTable() {}

  /** Prints the table, a line on the pass rule, and the number of targets passed. */
  public static void print(CalibrationResult result, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (TargetResult r : result.results()) {
      Target t = r.target();
      String unit = TargetFormat.unit(t);
      rows.add(new String[] {t.label(), shorten(t.source()),
          TargetFormat.value(t, r.estimate().mean()) + (unit.isEmpty() ? "" : " " + unit),
          TargetFormat.interval(t, r.estimate()), TargetFormat.published(t),
          TargetFormat.verdict(r)});
    }
    int[] widths = widths(rows);
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", row[c]))
            .append(c < row.length - 1 ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
    long checked = result.results().stream().filter(TargetResult::checked).count();
    long passed = result.results().stream().filter(r -> r.checked() && r.passed()).count();
    out.println();
    out.println(CalibrationReport.passRule(result.design()));
    out.printf(Locale.ROOT, "%d of %d targets pass.%n", passed, checked);
    out.flush();
  }

  private static String shorten(String source) {
    return source.length() <= SOURCE_WIDTH ? source
        : source.substring(0, SOURCE_WIDTH - 3) + "...";
  }

  private static int[] widths(List<String[]> rows) {
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    return widths;
  }
}
