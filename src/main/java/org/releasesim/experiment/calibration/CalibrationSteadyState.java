package org.releasesim.experiment.calibration;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.releasesim.experiment.SteadyState;
import org.releasesim.experiment.stats.LinearTrend;
import org.releasesim.experiment.stats.Mser5;
import org.releasesim.experiment.stats.WindowComparison;

/**
 * The steady-state table of the calibration, for the report and the terminal: the same columns
 * as a run's report, on the key series averaged over replications. Targets measured in a county
 * still moving away from its start would be fitted to a transient, so the table sits beside
 * them.
 */
public final class CalibrationSteadyState {
  private static final String[] HEADER = {"Series", "Unit", "First window mean",
      "Last window mean", "Change", "3% criterion", "Trend per year (95% CI)",
      "MSER-5 truncation (days)"};
  private static final MathContext THREE_DIGITS = new MathContext(3);
  private static final double WHOLE_NUMBER_FROM = 100;

  private CalibrationSteadyState() {}

  /** The "Steady state" section of {@code docs/calibration.md}. */
  static void markdown(StringBuilder out, CalibrationResult r) {
    SteadyState steady = r.steadyState();
    CalibrationDesign d = r.design();
    out.append("## Steady state\n\n").append(String.format(Locale.ROOT, "Whether the county"
        + " settled after its %s-year warm-up: each key series, averaged over the %d"
        + " replications interval by interval (which takes out noise and keeps a transient), is"
        + " compared between %s of the recorded period. It passes when the later mean is"
        + " within 3%% of the earlier one. The trend is a least-squares line through yearly"
        + " means with the 95%% interval of its slope; the MSER-5 truncation (White 1997) is the"
        + " day of the recorded period before which the series still looks like warm-up (0:"
        + " none of it does). Offending is per 100,000 residents of the offender's group per"
        + " year.%n%n", ParamTree.number(d.warmupYears()), r.seeds().size(),
        steady.windowsInWords()));
    out.append(verdict(steady)).append("\n\n");
    if (steady.rows().isEmpty()) {
      return;
    }
    out.append("| ").append(String.join(" | ", HEADER))
        .append(" |\n|---|---|---:|---:|---:|---|---:|---:|\n");
    for (String[] cells : rows(steady)) {
      out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    out.append('\n');
  }

  /** The table for the terminal, after the targets. */
  public static void print(CalibrationResult r, PrintWriter out) {
    SteadyState steady = r.steadyState();
    out.println();
    out.printf(Locale.ROOT, "Steady state (key series averaged over %d replications; %s):%n",
        r.seeds().size(), steady.windowsInWords());
    // the unit column is left out to fit a terminal; the report keeps it
    List<String[]> lines = new ArrayList<>();
    lines.add(withoutUnit(HEADER));
    rows(steady).forEach(row -> lines.add(withoutUnit(row)));
    int[] widths = new int[HEADER.length - 1];
    lines.forEach(l -> {
      for (int c = 0; c < l.length; c++) {
        widths[c] = Math.max(widths[c], l[c].length());
      }
    });
    for (String[] l : lines) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < l.length; c++) {
        line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s  ", l[c]));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(verdict(steady).replace("**", ""));
    out.flush();
  }

  private static String[] withoutUnit(String[] cells) {
    String[] kept = new String[cells.length - 1];
    kept[0] = cells[0];
    System.arraycopy(cells, 2, kept, 1, cells.length - 2);
    return kept;
  }

  private static String verdict(SteadyState steady) {
    if (steady.rows().isEmpty()) {
      return "No key series were recorded.";
    }
    if (steady.allPass()) {
      return "**All " + steady.rows().size() + " key series pass.**";
    }
    return "**" + steady.failing().size() + " of " + steady.rows().size() + " key series still"
        + " trend:** " + steady.failing().stream().map(f -> f.series().label())
        .collect(Collectors.joining(", ")) + ". Targets measured over the recorded period then"
        + " include part of the approach to steady state.";
  }

  private static List<String[]> rows(SteadyState steady) {
    return steady.rows().stream().map(CalibrationSteadyState::cells).toList();
  }

  private static String[] cells(SteadyState.Row row) {
    WindowComparison w = row.check().windows();
    return new String[] {row.series().label(), row.series().unit(), number(w.firstMean()),
        number(w.lastMean()), percent(w.relativeChange()), row.check().passes() ? "pass" : "FAIL",
        trend(row.check().trend()), truncation(row.check().mser5())};
  }

  private static String percent(double relative) {
    if (Double.isNaN(relative)) {
      return "n/a";
    }
    if (Double.isInfinite(relative)) {
      return relative > 0 ? "+inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%+.1f%%", 100 * relative);
  }

  private static String trend(LinearTrend t) {
    if (Double.isNaN(t.halfWidth())) {
      return number(t.slopePerYear());
    }
    return number(t.slopePerYear()) + " (" + number(t.low()) + " to " + number(t.high()) + ")";
  }

  private static String truncation(Mser5 m) {
    if (Double.isNaN(m.truncationDay())) {
      return "n/a";
    }
    String day = String.format(Locale.ROOT, "%,.0f", m.truncationDay());
    return m.atSearchLimit() ? day + " (end of search)" : day;
  }

  /** Three significant digits, or a whole number with separators from 100 up. */
  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Math.abs(v) >= WHOLE_NUMBER_FROM || Double.isInfinite(v)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return v == 0 ? "0"
        : new BigDecimal(v).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
  }
}
