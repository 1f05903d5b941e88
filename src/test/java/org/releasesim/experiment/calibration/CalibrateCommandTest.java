package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.cli.CalibrateCommand;
import org.releasesim.cli.Main;
import picocli.CommandLine;

/**
 * The command's exit codes for bad input and help, without running the model; and where the
 * default form writes its report.
 */
class CalibrateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    if (!cl.getSubcommands().containsKey("calibrate")) {
      cl.addSubcommand("calibrate", new CalibrateCommand());
    }
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] full = new String[args.length + 1];
    full[0] = "calibrate";
    System.arraycopy(args, 0, full, 1, args.length);
    return cl.execute(full);
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("3") && out.toString().contains("some target fails"),
        out.toString());
  }

  @Test
  void tooFewReplicationsIsBadInput() {
    assertEquals(2, run("--quick", "--replications", "1"));
    assertTrue(err.toString().contains("replications must be at least 2"), err.toString());
  }

  @Test
  void aSeedOutOfRangeIsBadInput() {
    assertEquals(2, run("--quick", "--seed", "-4"));
    assertTrue(err.toString().contains("seed"), err.toString());
  }

  @Test
  void noThreadsIsBadInput() {
    assertEquals(2, run("--quick", "--threads", "0"));
  }

  /**
   * {@code release-sim calibrate} as the README shows it (two replications to save time), in a
   * child JVM whose working folder holds a docs/calibration.md: the report goes to a new
   * results/calibration/<run-id>/ folder and the docs are left alone.
   */
  @Test
  void theDefaultReportGoesToAResultsFolderNotTheDocs(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs")).resolve("calibration.md");
    Files.writeString(docs, "the documented calibration\n");
    Path log = cwd.resolve("out.txt");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "calibrate", "--replications", "2", "--threads", "2", "--quiet")
        .directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(300, TimeUnit.SECONDS), "calibrate did not finish");
    String printed = Files.readString(log);
    assertTrue(child.exitValue() == 0 || child.exitValue() == 3, printed);
    assertEquals("the documented calibration\n", Files.readString(docs), "docs untouched");
    Path calibration = cwd.resolve("results/calibration");
    try (Stream<Path> runs = Files.list(calibration)) {
      Path run = runs.findFirst().orElseThrow();
      assertTrue(run.getFileName().toString().matches("\\d{8}-\\d{6}-seed20260501"),
          "named as runs are: " + run);
      assertTrue(Files.size(run.resolve("calibration.md")) > 1000, printed);
      assertTrue(Files.exists(run.resolve("images/calibration-rearrest.png")));
      assertTrue(printed.contains("wrote " + Path.of("results", "calibration",
          run.getFileName().toString(), "calibration.md")), printed);
    }
  }

  @Test
  void anUnknownOverrideIsBadInput() {
    assertEquals(2, run("--quick", "--set", "courts.noSuchKey=1"));
    assertTrue(err.toString().contains("noSuchKey"), err.toString());
  }
}
