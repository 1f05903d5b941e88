package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  /** A tiny but complete scenario: every mechanism runs, in well under a second. */
  static final List<String> TINY = List.of("--set", "jurisdictions[0].population=4000",
      "--set", "time.warmupYears=0.5", "--set", "time.years=1");

  @TempDir
  Path tmp;

  private CliRunner run(Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/baseline.yaml",
        "--quiet", "--check-invariants", "--out", out.toString()));
    args.addAll(TINY);
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private static Path runDir(CliRunner r) {
    return Path.of(r.out.strip().lines().reduce((a, b) -> b).orElseThrow());
  }

  @Test
  void aRunWritesEveryOutputAndMarksItselfComplete() throws IOException {
    CliRunner r = run(tmp);
    assertEquals(0, r.exitCode, r.err);
    Path dir = runDir(r);
    for (String f : List.of("manifest.json", "scenario.yaml", "timeseries.csv", "summary.csv",
        "index.html", "COMPLETE")) {
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
    }
    try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
      List<String> names = charts.map(p -> p.getFileName().toString()).toList();
      for (String chart : List.of("crimes_by_status", "jail_population", "detainers",
          "ice_arrests", "reporting_rate", "costs")) {
        assertTrue(names.contains(chart + ".png") && names.contains(chart + ".svg"),
            chart + " in " + names);
      }
    }
    String manifest = Files.readString(dir.resolve("manifest.json"));
    assertTrue(manifest.contains("\"status\" : \"complete\""), manifest);
    assertTrue(Files.readString(dir.resolve("timeseries.csv"))
        .startsWith("day,jurisdiction,metric,type,group,status,value\n"));
  }

  @Test
  void sameSeedGivesByteIdenticalTablesAndAnotherSeedDoesNot() throws IOException {
    Path a = runDir(run(tmp.resolve("a"), "--seed", "3"));
    Path b = runDir(run(tmp.resolve("b"), "--seed", "3"));
    Path c = runDir(run(tmp.resolve("c"), "--seed", "4"));
    for (String f : List.of("timeseries.csv", "summary.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
      assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve(f)),
          Files.readAllBytes(c.resolve(f))), f);
    }
  }

  @Test
  void aNewRunNeverOverwritesAnEarlierOne() {
    Path first = runDir(run(tmp, "--seed", "5"));
    Path second = runDir(run(tmp, "--seed", "5"));
    assertNotEquals(first, second);
    assertTrue(Files.exists(first.resolve("COMPLETE")));
    assertTrue(Files.exists(second.resolve("COMPLETE")));
  }

  @Test
  void passedInvariantChecksAreCountedUnlessQuiet() {
    List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/baseline.yaml",
        "--check-invariants", "--out", tmp.toString()));
    args.addAll(TINY);
    CliRunner loud = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, loud.exitCode, loud.err);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^invariants: (\\d+) checks passed$").matcher(loud.out);
    assertTrue(m.find(), loud.out);
    // weekly intervals over a year recorded after half a year of warm-up
    assertTrue(Integer.parseInt(m.group(1)) >= 52, loud.out);
    assertFalse(run(tmp).out.contains("invariants:"), "--quiet prints only the folder");
  }

  @Test
  void badInputExitsWithCodeTwoAClearParagraphAndNoRunDirectory() throws IOException {
    CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--quiet", "--out",
        tmp.toString(), "--set", "time.years=-3");
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("time.years"), r.err);
    assertTrue(r.err.contains("command line"), r.err);
    assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(0, s.count(), "nothing written");
    }
  }

  @Test
  void aMissingScenarioFileIsABadInput() {
    CliRunner r = CliRunner.run("run", tmp.resolve("nope.yaml").toString(), "--quiet");
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("nope.yaml"), r.err);
  }

  @Test
  void anUnknownOptionIsABadInput() {
    CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--frobnicate");
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("--frobnicate"), r.err);
  }
}
