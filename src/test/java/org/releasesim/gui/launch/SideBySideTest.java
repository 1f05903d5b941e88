package org.releasesim.gui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.cli.Main;
import org.releasesim.gui.watch.GuiScenarios;
import picocli.CommandLine;

/**
 * The side-by-side view shows what two headless runs of the same scenario, seed and policies
 * give: {@code gui --side-by-side A,B} is stepped half a year past the warm-up and writes what
 * it shows; {@code run --set jurisdictions[0].policy=A} and {@code =B} with the same settings
 * write their time series; every outcome the view shows for A and for B, and the difference its
 * chart shows, equal the sums of those files' rows up to that day and their difference.
 */
class SideBySideTest {
  private static final int DAY = 182;
  private static final String A = "NO_COOPERATION";
  private static final String B = "HONOR_DETAINERS";
  /** The scenario's own seed and one-year warm-up, by which time the policies have diverged. */
  private static final List<String> SETTINGS = List.of("--seed", "5000", "--set",
      "time.years=0.5");

  @Test
  void theDifferencesShownEqualThoseOfTwoHeadlessRunsWithTheSameSeedAndPolicies(
      @TempDir Path dir) throws IOException {
    String display = System.getenv("DISPLAY");
    assumeTrue((display != null && !display.isBlank()) || VirtualDisplay.findXvfb().isPresent(),
        "side-by-side test skipped: no DISPLAY and no Xvfb on the PATH (install it with"
            + " apt-get install xvfb xauth)");
    Path maps = dir.resolve("both.png");
    Path counts = dir.resolve("counts.json");
    List<String> gui = new ArrayList<>(List.of("gui", GuiScenarios.SMALL_TEACHING.toString(),
        "--side-by-side", A + "," + B, "--until", String.valueOf(DAY), "--screenshot",
        maps.toString(), "--counts", counts.toString()));
    gui.addAll(SETTINGS);
    cli(gui);
    Map<String, Double> headlessA = outcomes(headlessRun(dir.resolve("a"), A));
    Map<String, Double> headlessB = outcomes(headlessRun(dir.resolve("b"), B));

    JsonNode shown = new ObjectMapper().readTree(counts.toFile());
    assertEquals(DAY, shown.get("day").asInt());
    assertEquals(5000, shown.get("seed").asInt());
    assertEquals(A, shown.get("a").get("policy").asText());
    int differing = 0;
    for (String outcome : headlessA.keySet()) {
      JsonNode o = shown.get("outcomes").get(outcome);
      double difference = headlessB.get(outcome) - headlessA.get(outcome);
      assertEquals(headlessA.get(outcome), o.get("a").asDouble(), 1e-9, outcome + " under A");
      assertEquals(headlessB.get(outcome), o.get("b").asDouble(), 1e-9, outcome + " under B");
      assertEquals(difference, o.get("difference_shown").asDouble(), 1e-9,
          outcome + ": the chart's B - A");
      assertEquals(difference, number(o.get("table").get(2).asText()), 1e-9,
          outcome + ": the table's B - A");
      differing += difference != 0 ? 1 : 0;
    }
    assertTrue(differing >= 2, "the policies should differ in some outcome by day " + DAY
        + ": " + shown);

    FigureImages.assertLooksLikeAFigure(ImageIO.read(maps.toFile()), 1200, 500);
    FigureImages.assertLooksLikeAFigure(ImageIO.read(FigureRun.chartsFile(maps).toFile()), 900,
        600);
  }

  /** A headless run of the same scenario and settings with every jail under {@code policy}. */
  private static Path headlessRun(Path out, String policy) {
    List<String> run = new ArrayList<>(List.of("run", GuiScenarios.SMALL_TEACHING.toString(),
        "--quiet", "--out", out.toString(), "--set", "jurisdictions[0].policy=" + policy));
    run.addAll(SETTINGS);
    String printed = cli(run);
    return Path.of(printed.strip().lines().reduce((x, y) -> y).orElseThrow())
        .resolve("timeseries.csv");
  }

  /**
   * The outcomes the view shows, from a run's timeseries.csv: flows summed over the weeks up to
   * {@link #DAY}, the jail as it stood at that day.
   */
  private static Map<String, Double> outcomes(Path timeseries) throws IOException {
    Map<String, Double> sums = new LinkedHashMap<>();
    for (String key : List.of("crimes", "crimes_by_people_ice_wanted", "at_large_arrests",
        "collateral_arrests", "jail_population")) {
      sums.put(key, 0.0);
    }
    Set<String> wanted = Set.of("RELEASED_DETAINER_DECLINED", "RELEASED_TRANSFER_MISSED");
    try (Reader in = Files.newBufferedReader(timeseries)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(in)) {
        int day = Integer.parseInt(r.get("day"));
        double value = Double.parseDouble(r.get("value"));
        String metric = r.get("metric");
        if (day > DAY) {
          continue;
        }
        if (metric.equals("crimes")) {
          sums.merge("crimes", value, Double::sum);
          if (wanted.contains(r.get("status"))) {
            sums.merge("crimes_by_people_ice_wanted", value, Double::sum);
          }
        } else if (metric.equals("at_large_arrests") || metric.equals("collateral_arrests")) {
          sums.merge(metric, value, Double::sum);
        } else if (metric.equals("jail_population") && day == DAY) {
          sums.merge(metric, value, Double::sum);
        }
      }
    }
    return sums;
  }

  /** A number as the table prints it: "+1,234", "\u22121,234" or "0". */
  private static double number(String printed) {
    return Double.parseDouble(printed.replace(",", "").replace("\u2212", "-"));
  }

  private static String cli(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args.toArray(String[]::new));
    assertEquals(0, code, String.join(" ", args) + "\nout: " + out + "\nerr: " + err);
    return out.toString();
  }
}
