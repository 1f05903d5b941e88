package org.releasesim.output;

import static org.releasesim.output.Html.escape;
import static org.releasesim.output.Html.number;

import java.util.Locale;
import java.util.stream.Collectors;
import org.releasesim.experiment.SteadyState;
import org.releasesim.experiment.stats.LinearTrend;
import org.releasesim.experiment.stats.Mser5;
import org.releasesim.experiment.stats.WindowComparison;

/**
 * The "Steady state" section of a run's report: whether each key series settled over the
 * recorded period, so that a reader sees at once whether the warm-up was long enough before
 * using any number from the run.
 */
final class SteadyStateSection {
  private SteadyStateSection() {}

  static void append(StringBuilder html, SteadyState steady) {
    html.append("<h2 id=\"steady-state\">Steady state</h2>\n<p>").append(verdict(steady))
        .append("</p>\n");
    appendExplanation(html, steady);
    if (steady.rows().isEmpty()) {
      return;
    }
    html.append("<table>\n<tr><th>Series</th><th>Unit</th><th>First window mean</th>")
        .append("<th>Last window mean</th><th>Change</th><th>3% criterion</th>")
        .append("<th>Trend per year (95% CI)</th><th>MSER-5 truncation (days)</th></tr>\n");
    for (SteadyState.Row row : steady.rows()) {
      appendRow(html, row);
    }
    html.append("</table>\n");
  }

  private static String verdict(SteadyState steady) {
    int n = steady.rows().size();
    if (n == 0) {
      return "The time series holds none of the key series, so the steady state cannot be"
          + " checked.";
    }
    if (steady.allPass()) {
      return "<strong>All " + n + " key series pass</strong> the 3% criterion.";
    }
    String names = steady.failing().stream().map(r -> "<code>" + escape(r.series().label())
        + "</code>").collect(Collectors.joining(", "));
    return "<strong>" + steady.failing().size() + " of " + n + " key series still trend</strong>: "
        + names + ". Totals over the recorded period then include part of the approach to"
        + " steady state; consider a longer warm-up (<code>time.warmupYears</code>).";
  }

  private static void appendExplanation(StringBuilder html, SteadyState steady) {
    html.append("<p>Each key series, summed over all jurisdictions, is compared between ")
        .append(escape(steady.windowsInWords())).append(" of the recorded period: it passes"
            + " when the later mean is within 3% of the earlier one (time-weighted means over"
            + " the output intervals), or when the two differ by no more than chance explains (the"
            + " standard error of their difference times a Student t quantile, a 5% level over"
            + " the nine series together; the standard error is the larger"
            + " of batch means over quarters of each window and, with ten or more years, the"
            + " robust spread of yearly means about the trend line): a small series such as a"
            + " county's ICE custody"
            + " population moves by more than 3% from chance alone, and a drift smaller than"
            + " its noise needs a larger county to be seen. The trend is a least-squares line"
            + " through yearly means"
            + " (sixths of the period when it is shorter than 6 years), with the 95% interval"
            + " of its slope: an interval that includes 0 means a failing change may be noise"
            + " rather than a trend. The MSER-5 truncation (White 1997) is the day of the"
            + " recorded period before which the series still looks like warm-up: 0 when none"
            + " of it does; <em>(end of search)</em> when it reached half the period, the most"
            + " the rule looks at. Offending is per 100,000 residents of the offender's group"
            + " per year. The same numbers at full precision are in"
            + " <a href=\"stationarity.csv\"><code>stationarity.csv</code></a>.</p>\n");
  }

  private static void appendRow(StringBuilder html, SteadyState.Row row) {
    WindowComparison w = row.check().windows();
    boolean passes = row.check().passes();
    html.append("<tr><td>").append(escape(row.series().label())).append("</td><td>")
        .append(escape(row.series().unit())).append("</td>").append(numberCell(w.firstMean()))
        .append(numberCell(w.lastMean())).append("<td class=\"n\">")
        .append(percent(w.relativeChange())).append("</td><td class=\"")
        .append(passes ? "pass" : "fail").append("\">").append(passes ? "pass" : "fail")
        .append("</td><td class=\"n\">").append(trend(row.check().trend()))
        .append("</td><td class=\"n\">").append(truncation(row.check().mser5()))
        .append("</td></tr>\n");
  }

  private static String numberCell(double value) {
    return "<td class=\"n\">" + number(value) + "</td>";
  }

  /** A relative change as a signed percentage, {@code +8.4%}. */
  static String percent(double relative) {
    if (Double.isNaN(relative)) {
      return "";
    }
    if (Double.isInfinite(relative)) {
      return relative > 0 ? "+∞" : "−∞";
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
      return "";
    }
    String day = String.format(Locale.ROOT, "%,.0f", m.truncationDay());
    return m.atSearchLimit() ? day + " <em>(end of search)</em>" : day;
  }
}
