package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code odd-table}: prints the ODD parameter table, or puts it in place in a document. */
class OddTableCommandTest {
  private static final String BEGIN = "<!-- BEGIN PARAMETER TABLE -->";
  private static final String END = "<!-- END PARAMETER TABLE -->";

  @Test
  void printsATableWithARowForAScenarioKey() {
    CliRunner r = CliRunner.run("odd-table");
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.out.startsWith("| Key |"), r.out);
    assertTrue(r.out.contains("| `population.turnover.outMigrationPerYear` |"), r.out);
  }

  @Test
  void updateReplacesOnlyTheTableAndKeepsTheRestOfTheDocument(@TempDir Path dir)
      throws IOException {
    Path doc = dir.resolve("ODD.md");
    Files.writeString(doc, "# Model\n\nintro\n" + BEGIN + "\n| stale |\n" + END + "\n\nafter\n");
    CliRunner r = CliRunner.run("odd-table", "--update", doc.toString());
    assertEquals(0, r.exitCode, r.err);
    String updated = Files.readString(doc);
    String printed = CliRunner.run("odd-table").out;
    assertEquals("# Model\n\nintro\n" + BEGIN + "\n" + printed + END + "\n\nafter\n", updated);
  }

  @Test
  void aDocumentWithoutMarkersIsRefusedAndLeftAlone(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("notes.md");
    Files.writeString(doc, "no table here\n" + END + "\n" + BEGIN + "\n");
    CliRunner r = CliRunner.run("odd-table", "--update", doc.toString());
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains(doc + " has no parameter table to replace"), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
    assertEquals("no table here\n" + END + "\n" + BEGIN + "\n", Files.readString(doc));
  }

  @Test
  void aMissingDocumentIsNamed(@TempDir Path dir) {
    Path doc = dir.resolve("missing.md");
    CliRunner r = CliRunner.run("odd-table", "--update", doc.toString());
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains(doc + " does not exist"), r.err);
  }
}
