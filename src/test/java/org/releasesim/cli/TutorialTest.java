package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/tutorial.md works as written: its scenario is the shipped file, every release-sim command
 * in it runs (with results/ under a temporary folder), and its pandas and R blocks run on what
 * the commands wrote, where Python with pandas, or R, is installed (skipped with a message
 * where not).
 */
class TutorialTest {
  private static final Path TUTORIAL = Path.of("docs/tutorial.md");
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  static Path work;

  private static List<String> blocks(String language) throws IOException {
    Matcher m = BLOCK.matcher(Files.readString(TUTORIAL));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals(language)) {
        found.add(m.group(2));
      }
    }
    return found;
  }

  @BeforeAll
  static void runTheTutorialsCommands() throws IOException {
    List<String> commands = new ArrayList<>();
    for (String block : blocks("bash")) {
      block.lines().filter(l -> l.startsWith("./release-sim ")).forEach(commands::add);
    }
    assertEquals(3, commands.size(), "validate, run and compare");
    for (String command : commands) {
      String[] words = command.substring("./release-sim ".length())
          .replace("results/tutorial", work.resolve("results/tutorial").toString())
          .split(" +");
      CliRunner r = CliRunner.run(words);
      assertEquals(0, r.exitCode, command + "\n" + r.err);
    }
  }

  @Test
  void theTutorialsScenarioIsTheShippedFile() throws IOException {
    List<String> yaml = blocks("yaml");
    assertEquals(1, yaml.size());
    assertEquals(Files.readString(Path.of("scenarios/tutorial-county.yaml")), yaml.get(0));
  }

  @Test
  void theCommandsWriteTheFoldersTheCodeBlocksRead() throws IOException {
    Path results = work.resolve("results/tutorial");
    try (var runs = Files.list(results.resolve("tutorial-county"))) {
      assertTrue(runs.anyMatch(d -> Files.exists(d.resolve("summary.csv"))));
    }
    try (var compares = Files.list(results.resolve("compare-tutorial-county"))) {
      assertTrue(compares.anyMatch(d -> Files.exists(d.resolve("compare.csv"))));
    }
  }

  @Test
  void thePandasBlockRuns() throws Exception {
    String python = List.of("python3", "/usr/bin/python3").stream()
        .filter(p -> works(p, "-c", "import pandas")).findFirst().orElse(null);
    assumeTrue(python != null,
        "Python 3 with pandas is not installed here: the pandas block is not checked");
    Path script = work.resolve("tutorial.py");
    Files.writeString(script, String.join("\n", blocks("python")));
    String out = run(python, script.toString());
    assertTrue(out.contains("victimisation_rate/UNAUTHORIZED"), out);
    assertTrue(out.contains("CITIZEN") && out.contains("UNAUTHORIZED"), out);
  }

  @Test
  void theRBlockRuns() throws Exception {
    assumeTrue(works("Rscript", "--version"),
        "R is not installed here: the R block is not checked");
    Path script = work.resolve("tutorial.R");
    Files.writeString(script, String.join("\n", blocks("r")));
    String out = run("Rscript", script.toString());
    assertTrue(out.contains("victimisation_rate/UNAUTHORIZED"), out);
  }

  private static boolean works(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), out);
    assertFalse(out.isBlank());
    return out;
  }
}
