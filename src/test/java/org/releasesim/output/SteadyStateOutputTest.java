package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.KeySeries;
import org.releasesim.experiment.SteadyState;
import org.releasesim.experiment.stats.IntervalSeries;

/** The steady-state table as the report and stationarity.csv show it. */
class SteadyStateOutputTest {
  /** Ten years of weeks: 521 of them, the last ending on day 3647. */
  private static final int WEEKS = 521;
  /** The last three years are the weeks whose middle falls on or after this day. */
  private static final double LAST_WINDOW = 3647 - 3 * 365.25;

  @TempDir
  Path dir;

  private static KeySeries weekly(String name, String group, IntToDoubleFunction byMiddle) {
    int[] days = IntStream.rangeClosed(1, WEEKS).map(w -> 7 * w).toArray();
    double[] values = IntStream.of(days).mapToDouble(d -> byMiddle.applyAsDouble(d - 3))
        .toArray();
    return new KeySeries(name, group, "persons", new IntervalSeries(days, values));
  }

  /** Residents flat at 500; a jail of 100 that holds 108.4 in the last three years. */
  private static SteadyState oneFlatOneRising() {
    return SteadyState.of(List.of(
        weekly(KeySeries.RESIDENTS, "CITIZEN", day -> 500),
        weekly(KeySeries.JAIL_POPULATION, "all", day -> day + 0.5 < LAST_WINDOW ? 100 : 108.4)));
  }

  @Test
  void theReportNamesTheSeriesThatStillTrendAndShowsEveryColumn() {
    String html = HtmlReport.render(dir, new ReportHeader("s", "", "run", 1),
        oneFlatOneRising(), List.of(), List.of());
    String section = html.substring(html.indexOf("<h2 id=\"steady-state\">"),
        html.indexOf("<h2>Charts</h2>"));
    assertTrue(section.contains("1 of 2 key series still trend</strong>: <code>jail_population"
        + "</code>"), section);
    assertTrue(section.contains("the first and last 3 years"), section);
    assertTrue(section.contains("<tr><td>residents (CITIZEN)</td><td>persons</td>"
        + "<td class=\"n\">500</td><td class=\"n\">500</td><td class=\"n\">+0.0%</td>"
        + "<td class=\"pass\">pass</td><td class=\"n\">0 (0 to 0)</td><td class=\"n\">0</td>"),
        section);
    assertTrue(section.contains("<td class=\"n\">+8.4%</td><td class=\"fail\">fail</td>"),
        section);
    assertTrue(section.contains("href=\"stationarity.csv\""));
  }

  @Test
  void theCsvHasTheSameRowsAtFullPrecision() throws IOException {
    Path file = dir.resolve(RunDirectory.STATIONARITY);
    StationarityCsv.write(file, oneFlatOneRising());
    List<String> lines = Files.readAllLines(file);
    assertEquals(String.join(",", StationarityCsv.HEADER), lines.get(0));
    assertEquals("residents,CITIZEN,persons,1095.75,500,500,0,0,pass,0,0,0,0", lines.get(1));
    String[] jail = lines.get(2).split(",");
    assertEquals(List.of("jail_population", "all", "persons", "1095.75", "100"),
        List.of(jail).subList(0, 5));
    assertEquals(108.4, Double.parseDouble(jail[5]), 1e-9);
    assertEquals(8.4, Double.parseDouble(jail[6]), 1e-9);
    assertEquals("fail", jail[8]);
    assertEquals(3, lines.size());
  }

  @Test
  void aShortSeriesLeavesItsUncomputableCellsEmpty() throws IOException {
    SteadyState two = SteadyState.of(List.of(new KeySeries(KeySeries.ICE_CUSTODY, "all",
        "persons", new IntervalSeries(new int[] {7, 14}, new double[] {1, 1}))));
    Path file = dir.resolve(RunDirectory.STATIONARITY);
    StationarityCsv.write(file, two);
    // thirds of 14 days hold a week each; two points give a slope but no interval, and two
    // values are too few for a batch of MSER-5
    assertEquals("ice_custody_population,all,persons,4.666666666666667,1,1,0,0,pass,0,,,",
        Files.readAllLines(file).get(1));
  }
}
