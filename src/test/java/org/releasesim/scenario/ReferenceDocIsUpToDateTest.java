package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed {@code docs/scenario-reference.md} matches what the records generate now. */
class ReferenceDocIsUpToDateTest {
  private static final Path COMMITTED = Path.of("docs", "scenario-reference.md");
  private static final String HOW = "docs/scenario-reference.md is out of date with the parameter"
      + " records; regenerate it with\n  ./release-sim reference-doc --out"
      + " docs/scenario-reference.md\nand commit it.";

  @Test
  void committedReferenceIsWhatTheGeneratorProduces() throws IOException {
    assertTrue(Files.exists(COMMITTED), HOW);
    assertEquals(ReferenceDoc.generate(), Files.readString(COMMITTED), HOW);
  }
}
