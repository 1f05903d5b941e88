package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.SteadyState;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SummaryRow;

class HtmlReportTest {
  private static final List<SummaryRow> SUMMARY = List.of(
      new SummaryRow("all", "crimes", "all", "all", "all", Metric.Kind.FLOW, 123456.0, 24691.2,
          3210.5),
      new SummaryRow("Adams", "crimes", "VIOLENT", "all", "all", Metric.Kind.FLOW, 2345.0,
          469.0, 61.2),
      new SummaryRow("Adams", "reporting_rate", "all", "all", "all", Metric.Kind.RATIO,
          0.43219, Double.NaN, Double.NaN));

  /** No key series: the steady-state section then says it cannot check. */
  private static final SteadyState NO_SERIES = SteadyState.of(List.of());

  @TempDir
  Path run;

  @Test
  void theReportShowsEveryChartWithRelativeLinks() throws IOException {
    List<ChartFile> charts = RunCharts.draw(run.resolve("charts"),
        SyntheticSeries.weekly(List.of("Adams", "Baker"), 30));
    Path index = run.resolve(RunDirectory.INDEX);
    HtmlReport.write(index, header("Plain"), NO_SERIES, charts, SUMMARY);
    String html = Files.readString(index);
    assertEquals(14, charts.size(), "7 charts, each for all and by jurisdiction");
    for (ChartFile chart : charts) {
      assertTrue(html.contains("<img src=\"charts/" + chart.id() + ".png\""), chart.id());
      assertTrue(html.contains("href=\"charts/" + chart.id() + ".svg\""), chart.id());
      assertTrue(Files.exists(run.resolve("charts/" + chart.id() + ".png")), chart.id());
    }
  }

  @Test
  void scenarioTextIsEscapedSoItCannotInjectScript() {
    String html = HtmlReport.render(run, new ReportHeader("<b>bold</b> & co",
        "Evil <script>alert('x')</script> \"quoted\"", "20250301-000000-seed1", 1), NO_SERIES,
        List.of(), SUMMARY);
    assertFalse(html.contains("<script>"));
    assertFalse(html.contains("<b>bold"));
    assertTrue(html.contains("Evil &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; co"));
  }

  @Test
  void theMainTableHoldsTotalsAndTheDetailsHoldEveryRow() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      String html = HtmlReport.render(run, header("Plain"), NO_SERIES, List.of(), SUMMARY);
      int details = html.indexOf("<details>");
      String main = html.substring(0, details);
      String full = html.substring(details);
      assertTrue(main.contains("123,456"), "thousands separators are locale-independent");
      assertTrue(main.contains("0.432"));
      assertFalse(main.contains("VIOLENT"), "breakdown rows only in the details");
      assertTrue(full.contains("<td>VIOLENT</td>"));
      assertTrue(full.contains("(3 rows)"));
      assertTrue(main.contains(Metric.CRIMES.description()));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theHeaderNamesScenarioRunAndSeed() {
    String html = HtmlReport.render(run, new ReportHeader("two-counties", "Two counties.",
        "20250301-000000-seed42", 42), NO_SERIES, List.of(), List.of());
    assertTrue(html.contains("<h1>two-counties</h1>"));
    assertTrue(html.contains("20250301-000000-seed42"));
    assertTrue(html.contains("seed <code>42</code>"));
    assertTrue(html.contains("What these outputs mean"));
  }

  private static ReportHeader header(String name) {
    return new ReportHeader(name, "A description.", "20250301-000000-seed1", 1);
  }
}
