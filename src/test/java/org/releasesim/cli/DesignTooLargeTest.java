package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.releasesim.cli.Refusals.refusedWithin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design far past the run limit is refused at once, from its count alone, naming the count,
 * the limit and the key to change; building it first would take minutes or the whole heap.
 */
class DesignTooLargeTest {
  /** The refusal takes well under a second; the margin is for a busy shared machine. */
  private static final Duration AT_ONCE = Duration.ofSeconds(5);
  private static final String TOWN = Path.of("scenarios/small-teaching.yaml").toAbsolutePath()
      .toString();

  @TempDir
  Path tmp;

  private Path sweep(String design, int replications, String factors) throws IOException {
    return Files.writeString(tmp.resolve("big.yaml"), "name: big\nbase: " + TOWN + "\nseed: 1"
        + "\nreplications: " + replications + "\ndesign: " + design + "\nfactors:\n" + factors
        + "outcomes: [crimes]\n");
  }

  private static String factors(int k, String domain) {
    StringBuilder text = new StringBuilder();
    for (int f = 0; f < k; f++) {
      text.append("  - {name: f").append(f).append(", key: trust.unauthorizedChill, ")
          .append(domain).append("}\n");
    }
    return text.toString();
  }

  private String refusedAtOnce(Path sweepFile) {
    Path out = tmp.resolve("out");
    String m = refusedWithin(AT_ONCE, "sweep", sweepFile.toString(), "--out", out.toString(),
        "--quiet").err;
    assertFalse(Files.exists(out), "nothing written");
    assertTrue(m.contains(sweepFile + ", line 5") && m.contains("at most 50,000,000 runs"), m);
    return m;
  }

  @Test
  void aFactorialOfATrillionRunsIsRefusedAtOnce() throws IOException {
    String m = refusedAtOnce(sweep("{type: factorial}", 1, factors(40, "values: [0, 0.1]")));
    assertTrue(m.contains("plans 1,099,511,627,776 runs") && m.contains("every combination of"
        + " the 40 factors' levels") && m.contains("give the factors fewer values"), m);
  }

  @Test
  void aSobolDesignOfAMillionSamplesIsRefusedAtOnce() throws IOException {
    String m = refusedAtOnce(sweep("{type: sobol, samples: 1000000}", 1,
        factors(100, "range: {min: 0, max: 0.3}")));
    assertTrue(m.contains("plans 102,000,000 runs") && m.contains("lower design.samples"), m);
  }

  @Test
  void replicatesOfAMorrisDesignCountToo() throws IOException {
    // 10,000 trajectories x 11 points x 1,000 replicates = 110,000,000 runs
    String m = refusedAtOnce(sweep("{type: morris, trajectories: 10000}", 1000,
        factors(10, "range: {min: 0, max: 0.3}")));
    assertTrue(m.contains("plans 110,000,000 runs") && m.contains("x 1,000 replicates")
        && m.contains("lower design.trajectories, lower replications (now 1000)"), m);
  }

  @Test
  void aPointsFileIsRefusedOncePastThePointsTheLimitAllows() throws IOException {
    // 100,000 replicates leave room for 500 points; the file lists a million
    StringBuilder csv = new StringBuilder("years\n");
    csv.append("1\n".repeat(1_000_000));
    Files.writeString(tmp.resolve("points.csv"), csv);
    Path sweepFile = sweep("{type: points, pointsFile: points.csv}", 100_000,
        "  - {name: years, key: time.years}\n");
    String m = refusedWithin(AT_ONCE, "sweep", sweepFile.toString(), "--out",
        tmp.resolve("out").toString()).err;
    assertTrue(m.contains("points.csv: the points file holds more than 500 points, and with the"
        + " sweep's replications that is more than the 50,000,000 runs a sweep may plan"), m);
  }
}
