package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.cli.ReferenceDocCommand;
import org.releasesim.cli.SchemaCommand;
import org.releasesim.cli.ValidateCommand;
import picocli.CommandLine;

/** The validate, schema and reference-doc commands: exit codes and what they print. */
class ScenarioCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Callable<Integer> command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void validateReturnsZeroAndSummarisesValidFiles() {
    Path twoCounties = Fixtures.good("two-counties.yaml");
    Path minimal = Fixtures.good("minimal.yaml");
    int code = run(new ValidateCommand(), twoCounties.toString(), minimal.toString());
    assertEquals(0, code, err.toString());
    assertEquals("OK " + twoCounties + ": Two counties, 2 jurisdictions, 370000 residents\n"
        + "OK " + minimal + ": minimal, 1 jurisdiction, 100000 residents\n",
        out.toString().replace(System.lineSeparator(), "\n"));
    assertEquals("", err.toString());
  }

  @Test
  void validateReturnsTwoAndPrintsTheErrorWhenAnyFileIsInvalid() {
    Path good = Fixtures.good("minimal.yaml");
    Path bad = Fixtures.bad("out-of-range.yaml");
    int code = run(new ValidateCommand(), good.toString(), bad.toString());
    assertEquals(2, code);
    assertTrue(out.toString().startsWith("OK " + good), out.toString());
    assertTrue(err.toString().startsWith(bad + ", line 7, column 14: offending.baseRates.violent"),
        err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void validateAppliesOverridesToEveryFile() {
    int code = run(new ValidateCommand(), Fixtures.good("minimal.yaml").toString(),
        "--set", "time.years=-1");
    assertEquals(2, code);
    assertTrue(err.toString().startsWith("command line --set time.years=-1:"), err.toString());
  }

  @Test
  void schemaCommandPrintsTheSchema() {
    assertEquals(0, run(new SchemaCommand()));
    assertEquals(ScenarioSchema.generate(), out.toString());
  }

  @Test
  void referenceDocCommandWritesTheFile(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("docs").resolve("reference.md");
    assertEquals(0, run(new ReferenceDocCommand(), "--out", target.toString()));
    assertEquals(ReferenceDoc.generate(), Files.readString(target));
    assertEquals("", out.toString());
    try (var files = Files.list(target.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }
}
