package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.releasesim.output.Provenance;
import picocli.CommandLine;

/**
 * {@code --version}, run manifests, sweep manifests and bench figures take the version from one
 * place, so they cannot disagree (they once said "dev" and "unknown" for the same build).
 */
class ProvenanceAgreesTest {
  @Test
  void versionOptionPrintsTheVersionManifestsRecord() {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("--version"));
    Provenance who = Provenance.current(java.util.List.of("release-sim", "--version"), 1);
    assertEquals("release-sim " + who.toolVersion(), out.toString().strip());
  }

  @Test
  void anUnknownFactIsCalledTheSameEverywhere() {
    // tests run from classes, not from the jar: no Implementation-Version
    assertEquals(Provenance.UNKNOWN, Provenance.detectToolVersion());
  }
}
