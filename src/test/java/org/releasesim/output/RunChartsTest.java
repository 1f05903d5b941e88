package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.releasesim.output.Grain.Binned;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.model.metrics.SeriesPoint;
import org.w3c.dom.Document;

class RunChartsTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final List<String> IDS = List.of("crimes_by_status", "jail_population",
      "detainers", "ice_arrests", "reporting_rate", "victimisation_by_group", "costs");

  @TempDir
  static Path dir;
  static List<SeriesPoint> twoCounties;
  static List<ChartFile> charts;

  @BeforeAll
  static void drawTwoCounties() throws IOException {
    twoCounties = SyntheticSeries.weekly(List.of("Adams", "Baker & Sons"), 160);
    charts = RunCharts.draw(dir.resolve("charts"), twoCounties);
  }

  @Test
  void twoJurisdictionsGiveATotalAndAPanelChartOfEachKind() {
    List<String> expected = IDS.stream()
        .flatMap(id -> Stream.of(id, id + RunCharts.BY_JURISDICTION)).toList();
    assertEquals(expected, charts.stream().map(ChartFile::id).toList());
  }

  @Test
  void everyPngIsARealImageOfTheStatedSize() throws IOException {
    for (ChartFile chart : charts) {
      byte[] bytes = Files.readAllBytes(chart.png());
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), chart.id());
      BufferedImage image = ImageIO.read(chart.png().toFile());
      assertNotNull(image, chart.id());
      // charts of two measures put a row of county panels per measure
      boolean rowPerMeasure = List.of("crimes_by_status", "victimisation_by_group", "costs")
          .stream().anyMatch(id -> chart.id().equals(id + RunCharts.BY_JURISDICTION));
      assertEquals(rowPerMeasure, image.getHeight() > RunCharts.HEIGHT, chart.id());
      assertTrue(image.getHeight() >= RunCharts.HEIGHT, chart.id());
      assertTrue(image.getWidth() >= RunCharts.WIDTH, chart.id());
    }
  }

  @Test
  void everySvgIsWellFormedXml() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (ChartFile chart : charts) {
      Document svg = factory.newDocumentBuilder().parse(chart.svg().toFile());
      assertEquals("svg", svg.getDocumentElement().getLocalName(), chart.id());
      assertTrue(svg.getElementsByTagName("text").getLength() > 5, chart.id());
    }
  }

  @Test
  void aChartShowsItsJurisdictionNamesAndUnits() throws IOException {
    String panels = Files.readString(dir.resolve("charts/crimes_by_status_by_jurisdiction.svg"));
    assertTrue(panels.contains("Adams: years since warm-up"));
    assertTrue(panels.contains("Baker &amp; Sons: years since warm-up"));
    assertTrue(panels.contains("Offences per 4 weeks"), "160 weeks are grouped into 4 weeks");
  }

  @Test
  void victimisationAndReportingByGroupAreTwoPanelsOfOneChart() throws IOException {
    String whole = Files.readString(dir.resolve("charts/victimisation_by_group.svg"));
    assertTrue(whole.contains("Victimisation and reporting by victim group — all jurisdictions"));
    assertTrue(whole.contains("Victimisations per 100,000 residents of the group per year"));
    assertTrue(whole.contains("Victimisations reported (%)"));
    for (String group : List.of("Citizen", "Lawful noncitizen", "Unauthorized")) {
      assertTrue(whole.contains(">" + group + "<"), group + " in the legend");
    }
    String panels = Files.readString(
        dir.resolve("charts/victimisation_by_group_by_jurisdiction.svg"));
    assertTrue(panels.contains("Adams: years since warm-up"));
    assertTrue(panels.contains("Baker &amp; Sons: years since warm-up"));
    assertTrue(panels.contains("Victimisations reported (%)"));
    ChartFile chart = charts.stream().filter(c -> c.id().equals("victimisation_by_group"))
        .findFirst().orElseThrow();
    assertTrue(chart.caption().contains("per 100,000 of its own residents per year"),
        chart.caption());
  }

  @Test
  void oneJurisdictionGivesOneChartOfEachKindNamedAfterIt(@TempDir Path other)
      throws IOException {
    List<ChartFile> single = RunCharts.draw(other,
        SyntheticSeries.weekly(List.of("Adams"), 20));
    assertEquals(IDS, single.stream().map(ChartFile::id).toList());
    assertTrue(single.get(0).title().endsWith("Adams"));
    assertTrue(Files.readString(single.get(0).svg()).contains("Offences per week"));
  }

  @Test
  void sameDataGiveByteIdenticalFiles(@TempDir Path other) throws IOException {
    List<ChartFile> again = RunCharts.draw(other, twoCounties);
    for (int i = 0; i < charts.size(); i++) {
      assertArrayEquals(Files.readAllBytes(charts.get(i).svg()),
          Files.readAllBytes(again.get(i).svg()), charts.get(i).id());
      assertArrayEquals(Files.readAllBytes(charts.get(i).png()),
          Files.readAllBytes(again.get(i).png()), charts.get(i).id());
    }
  }

  @Test
  void chartsOfMissingMetricsAreSkipped(@TempDir Path other) throws IOException {
    List<SeriesPoint> crimesOnly = List.of(
        new SeriesPoint(7, "Adams", "crimes", "VIOLENT", "CITIZEN", "NEVER_BOOKED", 3),
        new SeriesPoint(14, "Adams", "crimes", "VIOLENT", "CITIZEN", "NEVER_BOOKED", 4));
    List<ChartFile> drawn = RunCharts.draw(other, crimesOnly);
    assertEquals(List.of("crimes_by_status"), drawn.stream().map(ChartFile::id).toList());
  }

  @Test
  void victimsWithoutResidentsStillGiveTheReportingPanel(@TempDir Path other)
      throws IOException {
    List<SeriesPoint> victimsOnly = List.of(
        new SeriesPoint(7, "Adams", "victimisations", "VIOLENT", "CITIZEN", "all", 4),
        new SeriesPoint(7, "Adams", "reported", "VIOLENT", "CITIZEN", "all", 1),
        new SeriesPoint(14, "Adams", "victimisations", "VIOLENT", "CITIZEN", "all", 2),
        new SeriesPoint(14, "Adams", "reported", "VIOLENT", "CITIZEN", "all", 1));
    List<ChartFile> drawn = RunCharts.draw(other, victimsOnly);
    assertEquals(List.of("reporting_rate", "victimisation_by_group"),
        drawn.stream().map(ChartFile::id).toList());
    assertTrue(Files.readString(drawn.get(1).svg()).contains("Victimisations reported (%)"));
  }

  @Test
  void thePolicyPanelShowsOnlyTheStatusesPolicyDecidesAndTheEnforcementPanelNoCrimeCost() {
    List<org.releasesim.model.metrics.SeriesPoint> points =
        SyntheticSeries.weekly(List.of("Adams"), 52);
    ChartData data = new ChartData(points);
    Binned all = data.crimesByStatus("Adams");
    Binned policy = data.crimesByPolicyStatus("Adams");
    assertEquals(all.values().keySet(), policy.values().keySet(), "same series, same colours");
    all.values().forEach((status, values) -> {
      double[] shown = policy.values().get(status);
      if (ChartData.POLICY_STATUSES.contains(status)) {
        assertArrayEquals(values, shown, 0, status);
      } else {
        assertTrue(Arrays.stream(shown).allMatch(Double::isNaN), status + " left out");
      }
    });
    Binned enforcement = data.cumulativeEnforcementCostsMillions("Adams");
    Binned costs = data.cumulativeCostsMillions("Adams");
    assertTrue(Arrays.stream(enforcement.values().get("CRIME")).allMatch(v -> v == 0));
    assertArrayEquals(costs.values().get("JAIL"), enforcement.values().get("JAIL"), 0);
    assertTrue(Arrays.stream(costs.values().get("CRIME")).anyMatch(v -> v > 0),
        "the synthetic series has a crime cost to leave out");
  }
}
