package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.gui.launch.VirtualDisplay;

/**
 * The GUI opens any row of a sweep's runs.csv exactly as it ran: its design point and seed, from
 * the sweep folder's own files; the replayed run's totals equal what the row recorded.
 */
class SweepRowReplayTest {
  private static final double YEARS = 1;

  @Test
  void aReplayedRowRunsToTheCrimesItsRowRecorded(@TempDir Path tmp) throws IOException {
    String display = System.getenv("DISPLAY");
    assumeTrue((display != null && !display.isBlank()) || VirtualDisplay.findXvfb().isPresent(),
        "skipped: no DISPLAY and no Xvfb on the PATH (apt-get install xvfb xauth)");
    Path sweep = tmp.resolve("s.yaml");
    Files.writeString(sweep, "name: rows\nbase: " + Path.of("scenarios/small-teaching.yaml")
        .toAbsolutePath() + "\nset: [\"time.years=" + YEARS + "\", \"time.warmupYears=0.5\"]\n"
        + "seed: 11\nreplications: 2\npaired: false\ndesign: {type: factorial}\nfactors:\n"
        + "  - name: policy\n    policy: [NO_COOPERATION, HONOR_DETAINERS]\n"
        + "outcomes: [crimes]\n");
    CliRunner s = CliRunner.run("sweep", sweep.toString(), "--out", tmp.resolve("out")
        .toString(), "--quiet");
    assertEquals(0, s.exitCode, s.err);
    Path runs;
    try (Stream<Path> found = Files.walk(tmp.resolve("out"))) {
      runs = found.filter(p -> p.getFileName().toString().equals("runs.csv")).findFirst()
          .orElseThrow();
    }
    CSVRecord row = null;
    try (Reader r = Files.newBufferedReader(runs)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(r)) {
        if (rec.get("run").equals("3")) {
          row = rec;
        }
      }
    }
    assertTrue(row != null, "run 3 in runs.csv");
    Path counts = tmp.resolve("counts.json");
    CliRunner g = CliRunner.run("gui", "--replay", runs.toString(), "--row", "3",
        "--until", "100000", "--counts", counts.toString());
    assertEquals(0, g.exitCode, g.err);
    JsonNode json = new ObjectMapper().readTree(counts.toFile());
    // runs.csv holds offences per 100,000 residents per year: back to a count
    double recorded = Double.parseDouble(row.get("crimes"))
        * Double.parseDouble(row.get("residents")) * YEARS / 1e5;
    assertEquals(recorded, json.get("model").get("crimes_since_warmup").asDouble(),
        1e-6 * recorded, "replayed crimes = the row's");
    assertTrue(json.get("scenario").asText().contains("HONOR_DETAINERS"), json.toString());
  }

  @Test
  void aRowNeedsARunsCsvAndARunsCsvNeedsARow(@TempDir Path tmp) throws IOException {
    Path csv = tmp.resolve("runs.csv");
    Files.writeString(csv, "run\n0\n");
    CliRunner noRow = CliRunner.run("gui", "--replay", csv.toString(), "--until", "1");
    assertEquals(2, noRow.exitCode);
    assertTrue(noRow.err.contains("needs --row"), noRow.err);
    CliRunner notInAFolder = CliRunner.run("gui", "--replay", csv.toString(), "--row", "0",
        "--until", "1");
    assertEquals(2, notInAFolder.exitCode);
    assertTrue(notInAFolder.err.contains("sweep.yaml and base.yaml"), notInAFolder.err);
  }
}
