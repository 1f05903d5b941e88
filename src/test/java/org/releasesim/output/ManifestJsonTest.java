package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestJsonTest {
  private static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

  @TempDir
  Path dir;

  static RunManifest started() {
    Provenance who = new Provenance("0.1.0", "abc123-dirty", "17.0.15", "Debian", "node1",
        "Linux 6.1.0 amd64", List.of("run", "--seed", "42", "scenarios/two counties.yaml"), 1);
    return RunManifest.started(who, "two-counties", "scenarios/two counties.yaml",
        "name: two-counties\ndescription: \"quotes\" and \\ backslashes\n", 42, START);
  }

  @Test
  void aRunningManifestRoundTrips() throws IOException {
    RunManifest manifest = started();
    Path file = dir.resolve(RunDirectory.MANIFEST);
    ManifestJson.write(file, manifest);
    assertEquals(manifest, ManifestJson.read(file));
    assertTrue(Files.readString(file).contains("\"status\" : \"running\""));
  }

  @Test
  void aFinishedManifestRoundTripsWithWallTimeAndSortedOutputs() throws IOException {
    RunManifest done = started().finished(RunManifest.Status.COMPLETE,
        START.plusMillis(83_250), Map.of("summary.csv", "bb", "charts/costs.png", "aa"));
    Path file = dir.resolve(RunDirectory.MANIFEST);
    ManifestJson.write(file, done);
    RunManifest read = ManifestJson.read(file);
    assertEquals(done, read);
    assertEquals(83.25, read.wallSeconds());
    assertEquals(List.of("charts/costs.png", "summary.csv"), List.copyOf(read.outputs().keySet()));
  }

  @Test
  void fieldsAppearInTheDocumentedOrderWithIsoTimes() throws IOException {
    String json = ManifestJson.toJson(started().finished(RunManifest.Status.FAILED,
        START.plusSeconds(5), Map.of()));
    List<String> order = List.of("tool_version", "git_commit", "java_version", "java_vendor",
        "host_name", "os", "command_line", "scenario_name", "scenario_file", "scenario_yaml",
        "seed", "start_time", "end_time", "wall_seconds", "status", "outputs");
    int last = -1;
    for (String field : order) {
      int at = json.indexOf("\"" + field + "\"");
      assertTrue(at > last, field + " out of order in\n" + json);
      last = at;
    }
    assertTrue(json.contains("\"start_time\" : \"2025-03-01T12:00:00Z\""), json);
    assertTrue(json.contains("\"status\" : \"failed\""), json);
  }

  @Test
  void theEnvironmentIsFilledIn() {
    RunManifest manifest = started();
    assertEquals(System.getProperty("java.version"), manifest.javaVersion());
    assertTrue(manifest.os().startsWith(System.getProperty("os.name")));
    assertTrue(!manifest.hostName().isBlank());
  }

  @Test
  void checksumsMatchTheFilesAndDetectChanges() throws IOException {
    Files.writeString(dir.resolve("summary.csv"), "a,b\n");
    Files.createDirectories(dir.resolve("charts"));
    Files.writeString(dir.resolve("charts/x.svg"), "<svg/>");
    Files.writeString(dir.resolve(RunDirectory.MANIFEST), "{}");
    Files.writeString(dir.resolve(".summary.csv.1-1.tmp"), "leftover");
    Map<String, String> sums = Checksums.ofRun(dir);
    assertEquals(List.of("charts/x.svg", "summary.csv"), List.copyOf(sums.keySet()));
    assertEquals(64, sums.get("summary.csv").length());
    assertEquals(List.of(), Checksums.mismatches(dir, sums));
    Files.writeString(dir.resolve("summary.csv"), "a,c\n");
    assertEquals(List.of("summary.csv"), Checksums.mismatches(dir, sums));
  }

  @Test
  void sha256OfAKnownText() throws IOException {
    Path file = dir.resolve("abc.txt");
    Files.writeString(file, "abc");
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Checksums.sha256(file));
  }
}
