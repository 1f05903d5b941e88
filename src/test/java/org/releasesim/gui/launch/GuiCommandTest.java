package org.releasesim.gui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.cli.GuiCommand;
import org.releasesim.gui.watch.GuiScenarios;
import org.releasesim.gui.watch.ReplaySource;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine;

/** The gui command's answers that need no display (the test JVM runs headless). */
class GuiCommandTest {
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new GuiCommand());
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void aBadScenarioGivesItsMessageAndExitCode2(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "time:\n  yeers: 3\n");
    assertEquals(2, run(bad.toString(), "--until", "10", "--screenshot",
        dir.resolve("x.png").toString()));
    assertTrue(err.toString().startsWith("error: "), err.toString());
    assertTrue(err.toString().contains("yeers"), err.toString());
    assertTrue(!err.toString().contains("at org."), "no stack trace");
  }

  @Test
  void theInteractiveGuiWithoutADisplaySaysWhatToDo() {
    assertEquals(2, run(GuiScenarios.SMALL_TEACHING.toString()));
    assertTrue(err.toString().contains("needs a screen"), err.toString());
    assertTrue(err.toString().contains("--screenshot"), err.toString());
  }

  @Test
  void optionsThatCannotWorkAreRefusedBeforeAnythingRuns(@TempDir Path dir) {
    assertEquals(2, run("--replay", "m.json", "--seed", "3"));
    assertEquals(2, run("--replay", "runs.csv", "--row", "3"));
    assertTrue(err.toString().contains("sweep.yaml and base.yaml"), err.toString());
    assertEquals(2, run("--layer", "HEAT", "--until", "3"));
    assertEquals(2, run("--until", "3", "--counts", dir.resolve("no/such/dir/c.json")
        .toString()));
  }

  @Test
  void sideBySideNeedsTwoDifferentPoliciesTheScenarioKnowsAndNoReplay() {
    String teaching = GuiScenarios.SMALL_TEACHING.toString();
    assertEquals(2, run(teaching, "--side-by-side", "NO_COOPERATION", "--until", "3"));
    assertTrue(err.toString().contains("two different policies"), err.toString());
    assertEquals(2, run(teaching, "--side-by-side", "NOTIFY_ONLY,NOTIFY_ONLY", "--until", "3"));
    assertEquals(2, run(teaching, "--side-by-side", "NO_COOPERATION,SB54", "--until", "3"));
    assertTrue(err.toString().contains("'SB54' is not a policy of"), err.toString());
    assertTrue(err.toString().contains("allowed: HONOR_DETAINERS, NOTIFY_ONLY, SERIOUS_ONLY,"
        + " NO_COOPERATION"), err.toString());
    assertEquals(2, run("--replay", "m.json", "--side-by-side", "NO_COOPERATION,NOTIFY_ONLY"));
    assertTrue(err.toString().contains("cannot be combined with --replay"), err.toString());
  }

  @Test
  void aReplayedManifestGivesBackTheRunsScenario(@TempDir Path dir) throws IOException {
    LoadedScenario original = new ScenarioReader().read(GuiScenarios.SMALL_TEACHING,
        List.of("seed=77", "jurisdictions[0].policy=HONOR_DETAINERS"));
    Path manifest = dir.resolve("manifest.json");
    Files.writeString(manifest, new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(java.util.Map.of("tool_version", "0.1.0",
            "scenario_yaml", original.resolvedYaml(), "seed", 77)));
    ReplaySource source = ReplaySource.fromManifest(manifest);
    assertEquals(77, source.seed());
    assertEquals(original.params(), new ScenarioReader().readText(source.scenarioYaml(),
        manifest.toString()).params());
  }

  @Test
  void aFileThatIsNotAManifestIsRefusedClearly(@TempDir Path dir) throws IOException {
    Path notManifest = dir.resolve("summary.json");
    Files.writeString(notManifest, "{\"crimes\": 3}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplaySource.fromManifest(notManifest));
    assertTrue(e.getMessage().contains("scenario_yaml"), e.getMessage());
    assertEquals(2, run("--replay", notManifest.toString(), "--until", "3"));
    assertTrue(err.toString().contains("is not a run manifest"), err.toString());
  }
}
