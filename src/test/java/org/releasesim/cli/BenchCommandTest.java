package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code release-sim bench --quick} through the real command line: every figure the issue asks
 * for is printed and saved, and the figures agree with each other (ratios are the quotients of
 * the timings they name; a run's stale events are part of its events). Timings themselves are
 * not asserted: a test must not depend on how busy the machine is.
 */
class BenchCommandTest {
  private static final String QUICK_RATIO = "quick mode: too short to be meaningful";

  @TempDir
  Path tmp;

  @Test
  void quickBenchPrintsAndSavesConsistentFigures() throws IOException {
    Path csv = tmp.resolve("sub/bench.csv");
    CliRunner r = CliRunner.run("bench", "--quick", "--csv", csv.toString());
    assertEquals(0, r.exitCode, r.err);
    Map<String, Double> f = new HashMap<>();
    try (Reader in = Files.newBufferedReader(csv)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(in)) {
        f.put(rec.get("measure") + "/" + rec.get("what"), Double.parseDouble(rec.get("value")));
        assertTrue(r.out.contains(rec.get("what")), "printed as well as saved: " + rec);
        assertFalse(rec.get("version").isBlank() || rec.get("commit").isBlank()
            || rec.get("java").isBlank(), "every row says what it measured: " + rec);
        boolean ratio = rec.get("unit").equals("ratio") || rec.get("unit").equals("%");
        assertEquals(ratio ? QUICK_RATIO : "", rec.get("note"),
            "quick timings are too short for their ratios to mean anything: " + rec);
        if (ratio) {
          assertTrue(r.out.lines().anyMatch(l -> l.contains(rec.get("what"))
              && l.endsWith("(" + QUICK_RATIO + ")")), "printed with the note: " + rec);
        }
      }
    }
    double events = f.get("model/events");
    double wall = f.get("model/100000 residents, 2+2 years, wall");
    assertTrue(events > 10_000, "a county of 100,000 over 4 years fires many events");
    assertTrue(f.get("model/stale events (did nothing)") < events);
    assertEquals(events / wall, f.get("model/events per second"), 1e-6 * events / wall);
    double pending = f.get("model/mean events pending in the schedule");
    assertTrue(pending > 0 && pending < 100_000 / 10.0,
        "the event calendar keeps far-off events out of the schedule: " + pending);
    String matched = "schedule_ceiling/trivial agents, " + Math.round(pending)
        + " pending (model's depth)";
    assertTrue(f.containsKey(matched), "the ceiling is measured at the model's depth: " + f);
    assertEquals(f.get("model/events per second") / f.get(matched),
        f.get("model/ratio to ceiling at the model's depth"), 1e-9);
    assertEquals(f.get("scaling_residents/200000 residents") / wall,
        f.get("scaling_residents/ratio 2x residents (from base)"), 1e-9);
    assertEquals(f.get("scaling_years/4 years") / f.get("scaling_years/2 years"),
        f.get("scaling_years/ratio 2x years (from base)"), 1e-9);
    assertEquals(f.get("sweep/2 threads") / f.get("sweep/1 thread"),
        f.get("sweep/ratio 2 threads / 1"), 1e-9);
    double plain = f.get("checkpoint/run without checkpoints, wall");
    double yearly = f.get("checkpoint/run with yearly checkpoints, wall");
    assertEquals(100 * (yearly / plain - 1),
        f.get("checkpoint/yearly checkpoints: extra wall time"), 1e-9);
    // one a year strictly before the end of 2 + 2 years (day 1,461): days 365, 730, 1,095, 1,460
    assertEquals(4, f.get("checkpoint/checkpoints written"));
    double megabytes = f.get("checkpoint/mean size of a checkpoint");
    assertTrue(megabytes > 100_000 * 32 / 1e6, "at least each person's 32-byte record: "
        + megabytes);
    assertTrue(r.out.lines().anyMatch(l -> l.matches(
        "yearly checkpoint: [+-]\\d+\\.\\d% wall time \\(4 checkpoints, \\d+ MB each\\)  \\("
            + QUICK_RATIO + "\\)")),
        r.out);
    try (java.util.stream.Stream<Path> left = Files.list(tmp.resolve("sub"))) {
      assertEquals(java.util.List.of(csv), left.toList(), "the checkpoints are deleted");
    }
    double bytes = f.get("model/bytes per resident");
    assertTrue(bytes > 32 && bytes < 150, "one 32-byte record a person and little else: " + bytes);
  }
}
