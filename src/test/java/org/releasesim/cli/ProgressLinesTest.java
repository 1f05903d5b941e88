package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.SweepFixtures;

/**
 * Progress on a standard error that is not a terminal (a file here) comes as whole lines, none
 * cut and no carriage returns, ending at 100%.
 */
class ProgressLinesTest {
  @Test
  void aRunLoggedToAFilePrintsWholeLines(@TempDir Path tmp) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "run",
        "scenarios/baseline.yaml", "--out", tmp.resolve("out").toString()));
    cmd.addAll(RunCommandTest.TINY);
    Path err = tmp.resolve("err.txt");
    Process child = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(err.toFile()).start();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the run did not finish");
    String text = Files.readString(err);
    assertEquals(0, child.exitValue(), text);
    assertWholeLines(text, "baseline: \\d+\\.\\d of 1\\.5 years(, warm-up)? \\(\\d+%\\),"
        + " \\d+\\.\\d s elapsed");
    assertTrue(text.contains("baseline: 1.5 of 1.5 years (100%), "), text);
  }

  @Test
  void aSweepWithStandardErrorCapturedPrintsWholeLines(@TempDir Path tmp) throws Exception {
    Path sweep = SweepFixtures.smallFactorial(tmp);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.err;
    CliRunner r;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      r = CliRunner.run("sweep", sweep.toString(), "--out", tmp.resolve("out").toString());
    } finally {
      System.setErr(original);
    }
    assertEquals(0, r.exitCode, r.err);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertWholeLines(text, "small: \\d+ of 12 runs \\(\\d+%\\), \\d+\\.\\d s elapsed");
    assertTrue(text.contains("small: 12 of 12 runs (100%), "), text);
  }

  private static void assertWholeLines(String text, String pattern) {
    assertFalse(text.contains("\r"), "no carriage returns: " + text);
    List<String> lines = text.lines().toList();
    assertFalse(lines.isEmpty(), "at least the last line");
    for (String line : lines) {
      if (line.startsWith("warning: ")) {
        continue; // a short run's steady-state warnings are whole lines of their own
      }
      assertTrue(line.matches(pattern), "a whole progress line: '" + line + "'");
    }
  }
}
