package org.releasesim.gui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.cli.GuiCommand;
import org.releasesim.experiment.RunDriver;
import org.releasesim.experiment.RunResult;
import org.releasesim.gui.watch.DaySchedule;
import org.releasesim.gui.watch.GuiScenarios;
import org.releasesim.gui.watch.MetricSums;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine;

/**
 * Opens the real GUI (Console, map, charts) through the gui command: steps small-teaching.yaml
 * 365 days after the warm-up and checks what it shows and saves; and replays a manifest to the
 * end and checks its totals against a headless run. The command runs the GUI in a child JVM on
 * a private Xvfb (or, without Xvfb, on DISPLAY, since the test JVM itself is headless).
 */
class GuiSmokeTest {
  private static final int DAY = 365;

  @Test
  void aYearInTheTeachingTownShowsTheModelsCountsAndSavesFigures(@TempDir Path dir)
      throws IOException {
    assumeDisplayPossible();
    Path map = dir.resolve("map.png");
    Path counts = dir.resolve("counts.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new GuiCommand()).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(GuiScenarios.SMALL_TEACHING.toString(),
            "--until", String.valueOf(DAY), "--screenshot", map.toString(), "--counts",
            counts.toString());
    assertEquals(0, code, "out: " + out + "\nerr: " + err);
    // MASON's Console reads its menu of models from the first simulation.classes on the class
    // path; its own lists Java3D demos and warned on every start that they would not load
    assertFalse(err.toString().contains("WARNING"), err.toString());

    JsonNode json = new ObjectMapper().readTree(counts.toFile());
    assertEquals(DAY, json.get("day").asInt());
    // every resident is drawn, and the few newcomers who arrived in place of removed residents
    int drawn = json.get("persons_drawn").asInt();
    assertTrue(drawn >= 5000 && drawn < 5050, "persons drawn " + drawn);
    assertTrue(json.get("all_match").asBoolean(), json.toString());
    for (String key : new String[] {"jail_population", "crimes_since_warmup"}) {
      assertEquals(json.get("model").get(key).asDouble(), json.get("shown").get(key).asDouble(),
          key);
    }
    assertEquals(headlessCrimes(GuiScenarios.smallTeaching(), DAY),
        json.get("model").get("crimes_since_warmup").asDouble(), "same as a headless run");
    assertTrue(json.get("shown").get("crimes_since_warmup").asDouble() > 100);

    FigureImages.assertLooksLikeAFigure(ImageIO.read(map.toFile()), 600, 500);
    FigureImages.assertLooksLikeAFigure(ImageIO.read(FigureRun.chartsFile(map).toFile()), 1000,
        600);
  }

  @Test
  void aReplayedManifestRunsToTheSameTotalsAsAHeadlessRun(@TempDir Path dir) throws IOException {
    assumeDisplayPossible();
    LoadedScenario scenario = new ScenarioReader().read(GuiScenarios.SMALL_TEACHING,
        List.of("time.years=1", "seed=99"));
    Path manifest = dir.resolve("manifest.json");
    new ObjectMapper().writeValue(manifest.toFile(), Map.of("scenario_yaml",
        scenario.resolvedYaml(), "seed", 99, "status", "complete"));
    Path counts = dir.resolve("counts.json");
    StringWriter err = new StringWriter();
    int code = new CommandLine(new GuiCommand()).setOut(new PrintWriter(new StringWriter(), true))
        .setErr(new PrintWriter(err, true)).execute("--replay", manifest.toString(),
            "--counts", counts.toString());
    assertEquals(0, code, err.toString());
    JsonNode json = new ObjectMapper().readTree(counts.toFile());
    RunResult headless = RunDriver.run(scenario.params(), false, (t, end, warmup) -> { });
    assertEquals(99, json.get("seed").asInt());
    assertTrue(json.get("day_label").asText().endsWith("end of run"), json.toString());
    for (String metric : new String[] {"crimes", "collateral_arrests"}) {
      String key = metric.equals("crimes") ? "crimes_since_warmup" : metric;
      assertEquals(headless.total(metric), json.get("shown").get(key).asDouble(), metric);
      assertEquals(headless.total(metric), json.get("model").get(key).asDouble(), metric);
    }
  }

  private static void assumeDisplayPossible() {
    String display = System.getenv("DISPLAY");
    assumeTrue((display != null && !display.isBlank()) || VirtualDisplay.findXvfb().isPresent(),
        "GUI smoke test skipped: no DISPLAY and no Xvfb on the PATH (install it with"
            + " apt-get install xvfb xauth)");
  }

  /** Offences recorded by a plain run (no GUI, no listener) stopped at the same day. */
  private static double headlessCrimes(ScenarioParams params, int day) {
    ReleaseSim sim = new ReleaseSim(params, null);
    DaySchedule schedule = new DaySchedule();
    sim.schedule = schedule;
    sim.start();
    double until = params.time().warmupDays() + day;
    while (schedule.nextEventTime() <= until && sim.advance()) {
      // fire every event up to the day
    }
    return MetricSums.total(sim.metrics(), Metric.CRIMES, true);
  }
}
