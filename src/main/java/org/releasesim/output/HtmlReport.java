package org.releasesim.output;

import static org.releasesim.output.Html.escape;
import static org.releasesim.output.Html.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.SteadyState;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

/**
 * Writes a run's {@value RunDirectory#INDEX}: one page to open in a browser after a run, with
 * the scenario, the seed, what the files mean, whether the key series reached a steady state,
 * every chart with its caption, and the summary.
 * The page carries its own styles and needs nothing but the chart images beside it, referenced
 * by relative links, so the run folder can be copied or zipped as a whole. All text from the
 * scenario is escaped.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif;
        max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
      h1{margin-bottom:.2em} .meta{color:#555} code{background:#f3f3f3;padding:0 .2em}
      figure{margin:2em 0} figure img{width:100%;height:auto;border:1px solid #ddd}
      figcaption{color:#444;font-size:.95em}
      table{border-collapse:collapse;font-size:.9em;margin:1em 0;display:block;max-width:100%;
        overflow-x:auto}
      th,td{border-bottom:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
      td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      th{background:#f5f5f5} details{margin:1.5em 0} summary{cursor:pointer;font-weight:bold}
      td.fail{color:#b00020;font-weight:bold} td.pass{color:#1b5e20}
      """;

  private HtmlReport() {}

  /**
   * Write the report to {@code file} (normally {@code <run>/index.html}) atomically. Chart
   * paths are linked relative to the file's folder.
   */
  public static void write(Path file, ReportHeader header, SteadyState steady,
      List<ChartFile> charts, List<SummaryRow> summary) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    AtomicFiles.writeString(file, render(folder, header, steady, charts, summary));
  }

  /** The page as a string; chart links are relative to {@code folder}, an absolute path. */
  static String render(Path folder, ReportHeader header, SteadyState steady,
      List<ChartFile> charts, List<SummaryRow> summary) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(header.scenarioName())).append(" — ")
        .append(escape(header.runId())).append("</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    appendHeader(html, header);
    appendGuide(html);
    SteadyStateSection.append(html, steady);
    appendCharts(html, folder, charts);
    appendSummary(html, summary);
    return html.append("</body>\n</html>\n").toString();
  }

  private static void appendHeader(StringBuilder html, ReportHeader header) {
    html.append("<h1>").append(escape(header.scenarioName())).append("</h1>\n")
        .append("<p class=\"meta\">Run <code>").append(escape(header.runId()))
        .append("</code>, seed <code>").append(header.seed()).append("</code></p>\n");
    if (header.description() != null && !header.description().isBlank()) {
      html.append("<p>").append(escape(header.description().strip())).append("</p>\n");
    }
  }

  private static void appendGuide(StringBuilder html) {
    html.append("""
        <h2>What these outputs mean</h2>
        <p>This is one stochastic run of the scenario with the seed above; another seed gives a
        different run, so compare policies over several seeds before drawing conclusions. Time
        is counted from the end of the warm-up, which is not recorded. The raw data are in
        <a href="timeseries.csv"><code>timeseries.csv</code></a> (one row per interval,
        jurisdiction, metric and breakdown) and <a href="summary.csv"><code>summary.csv</code></a>
        (the recorded period as a whole); every chart below is drawn from the time series alone.
        In the summary, a <em>flow</em> (offences, arrests, costs) is a total over the period,
        also per year and per 100,000 residents per year; a <em>stock</em> (people in jail,
        trust) is its average level over the period, also per 100,000 residents; a
        <em>ratio</em> (the reporting rate, the share never reported) is computed over the whole
        period; a <em>rate</em> (victimisation) is per 100,000 residents of the row's own group
        (all residents for <code>all</code>) per year.
        <a href="manifest.json"><code>manifest.json</code></a> records the versions, command
        line, scenario text, seed and checksums that reproduce the run, and
        <a href="scenario.yaml"><code>scenario.yaml</code></a> the resolved scenario.</p>
        """);
  }

  private static void appendCharts(StringBuilder html, Path folder, List<ChartFile> charts) {
    html.append("<h2>Charts</h2>\n");
    for (ChartFile chart : charts) {
      String png = escape(relative(folder, chart.png()));
      String svg = escape(relative(folder, chart.svg()));
      html.append("<figure id=\"").append(escape(chart.id())).append("\">\n<img src=\"")
          .append(png).append("\" alt=\"").append(escape(chart.title())).append("\">\n")
          .append("<figcaption><strong>").append(escape(chart.title())).append(".</strong> ")
          .append(escape(chart.caption())).append(" <a href=\"").append(svg)
          .append("\">SVG</a></figcaption>\n</figure>\n");
    }
  }

  private static void appendSummary(StringBuilder html, List<SummaryRow> summary) {
    html.append("<h2>Summary</h2>\n<p>Totals over the recorded period, without breakdowns.")
        .append(" Per-100,000 figures are per year for flows and average levels for stocks.")
        .append("</p>\n<table>\n<tr><th>Jurisdiction</th><th>Metric</th><th>Unit</th>")
        .append("<th>Kind</th><th>Value</th><th>Per year</th><th>Per 100,000</th>")
        .append("<th>What it counts</th></tr>\n");
    for (SummaryRow row : summary) {
      if (isTotal(row)) {
        appendTotalRow(html, row);
      }
    }
    html.append("</table>\n<details>\n<summary>Full summary, with every breakdown (")
        .append(summary.size()).append(" rows)</summary>\n<table>\n<tr><th>Jurisdiction</th>")
        .append("<th>Metric</th><th>Type</th><th>Group</th><th>Status</th><th>Unit</th>")
        .append("<th>Kind</th><th>Value</th><th>Per year</th><th>Per 100,000</th></tr>\n");
    for (SummaryRow row : summary) {
      Metric metric = metric(row.metric());
      html.append("<tr>").append(cell(row.jurisdiction())).append(cell(row.metric()))
          .append(cell(row.type())).append(cell(row.group())).append(cell(row.status()))
          .append(cell(metric == null ? "" : metric.unit())).append(cell(kind(row)))
          .append(numberCells(row)).append("</tr>\n");
    }
    html.append("</table>\n</details>\n");
  }

  private static void appendTotalRow(StringBuilder html, SummaryRow row) {
    Metric metric = metric(row.metric());
    html.append("<tr>").append(cell(row.jurisdiction())).append(cell(row.metric()))
        .append(cell(metric == null ? "" : metric.unit())).append(cell(kind(row)))
        .append(numberCells(row)).append(cell(metric == null ? "" : metric.description()))
        .append("</tr>\n");
  }

  private static boolean isTotal(SummaryRow row) {
    return SeriesPoint.ALL.equals(row.type()) && SeriesPoint.ALL.equals(row.group())
        && SeriesPoint.ALL.equals(row.status());
  }

  private static String numberCells(SummaryRow row) {
    return "<td class=\"n\">" + number(row.value()) + "</td><td class=\"n\">"
        + number(row.perYear()) + "</td><td class=\"n\">" + number(row.per100kPerYear())
        + "</td>";
  }

  private static String cell(String text) {
    return "<td>" + escape(text) + "</td>";
  }

  private static String kind(SummaryRow row) {
    return row.kind().name().toLowerCase(Locale.ROOT);
  }

  /** The metric with this id, or null for an id this version does not know. */
  private static Metric metric(String id) {
    try {
      return Metric.byId(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code target} relative to {@code folder}, with {@code /} as URLs need. */
  private static String relative(Path folder, Path target) {
    String separator = target.getFileSystem().getSeparator();
    return folder.relativize(target.toAbsolutePath()).toString().replace(separator, "/");
  }
}
