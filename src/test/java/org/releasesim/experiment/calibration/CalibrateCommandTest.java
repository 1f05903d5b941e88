package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.releasesim.cli.CalibrateCommand;
import org.releasesim.cli.Main;
import picocli.CommandLine;

/** The command's exit codes for bad input and help, without running the model. */
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

  @Test
  void anUnknownOverrideIsBadInput() {
    assertEquals(2, run("--quick", "--set", "courts.noSuchKey=1"));
    assertTrue(err.toString().contains("noSuchKey"), err.toString());
  }
}
