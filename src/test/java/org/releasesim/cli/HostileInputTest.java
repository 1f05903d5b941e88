package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite: every file in src/test/resources/bad/ must be refused through the
 * real command path with exit code 2 and one clear paragraph naming the file, the line (where a
 * line applies) and the key, with no stack trace and nothing written. EXPECTATIONS.tsv says what
 * each message must mention.
 */
class HostileInputTest {
  private static final Path BAD = Path.of("src/test/resources/bad");

  @TempDir
  Path out;

  record Case(String file, String mention, String line, String named) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String row : Files.readAllLines(BAD.resolve("EXPECTATIONS.tsv"))) {
      if (!row.startsWith("#") && !row.isBlank()) {
        String[] f = row.split("\t");
        cases.add(new Case(f[0], f[1], f[2], f.length > 3 ? f[3] : f[0]));
      }
    }
    return cases;
  }

  @Test
  void everyBadFileHasAnExpectationAndThereAreAtLeastSixty() throws IOException {
    List<String> listed = cases().stream().map(Case::file).sorted().toList();
    try (Stream<Path> s = Files.list(BAD)) {
      List<String> present = s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("EXPECTATIONS.tsv")).sorted().toList();
      assertEquals(present, listed);
    }
    assertTrue(listed.size() >= 60, listed.size() + " hostile files");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void isRefusedClearlyWithNothingWritten(Case c) throws IOException {
    Path file = BAD.resolve(c.file());
    CliRunner r = CliRunner.run("run", file.toString(), "--quiet", "--out", out.toString());
    assertEquals(2, r.exitCode, r.err + r.out);
    String msg = r.err.strip();
    assertTrue(msg.contains(c.named()), "names the file " + c.named() + ": " + msg);
    assertTrue(msg.toLowerCase(Locale.ROOT).contains(c.mention().toLowerCase(Locale.ROOT)),
        "mentions " + c.mention() + ": " + msg);
    if (!c.line().equals("-")) {
      assertTrue(msg.contains("line " + c.line()), "names line " + c.line() + ": " + msg);
    }
    assertClean(msg);
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(0, s.count(), "nothing written");
    }
  }

  @Test
  void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
    Path huge = out.resolve("huge.yaml");
    try (OutputStream o = Files.newOutputStream(huge)) {
      byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 100 * 1024; i++) {
        o.write(line);
      }
    }
    Path results = out.resolve("results");
    CliRunner r = CliRunner.run("run", huge.toString(), "--quiet", "--out", results.toString());
    assertEquals(2, r.exitCode);
    assertTrue(r.err.contains("huge.yaml") && r.err.contains("too large"), r.err);
    assertClean(r.err);
    assertFalse(Files.exists(results));
  }

  @Test
  void aMissingFileAndAFolderAreRefusedClearly() {
    for (String path : List.of("no/such/file.yaml", "scenarios")) {
      CliRunner r = CliRunner.run("run", path, "--quiet", "--out", out.toString());
      assertEquals(2, r.exitCode, path);
      assertTrue(r.err.contains(path), r.err);
      assertClean(r.err);
    }
  }

  @Test
  void badOptionValuesAreRefusedClearly() {
    for (String[] args : List.of(new String[] {"--seed", "-1"}, new String[] {"--seed", "x"},
        new String[] {"--checkpoint-every", "0"}, new String[] {"--set", "nokey"},
        new String[] {"--set", "time.years=abc"})) {
      List<String> cmd = new ArrayList<>(List.of("run", "scenarios/small-teaching.yaml",
          "--quiet", "--out", out.toString()));
      cmd.addAll(List.of(args));
      CliRunner r = CliRunner.run(cmd.toArray(String[]::new));
      assertEquals(2, r.exitCode, String.join(" ", args) + ": " + r.err);
      assertClean(r.err);
    }
  }

  private static void assertClean(String msg) {
    assertFalse(msg.contains("Exception") || msg.contains("\tat ") || msg.contains("at org."),
        "no stack trace: " + msg);
    assertTrue(msg.lines().filter(l -> !l.isBlank()).count() <= 2, "one paragraph: " + msg);
  }
}
