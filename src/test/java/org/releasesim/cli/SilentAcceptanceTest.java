package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to be accepted without a word are refused, naming what is wrong. */
class SilentAcceptanceTest {
  private static final String TOWN = Path.of("scenarios/small-teaching.yaml").toAbsolutePath()
      .toString();

  @Test
  void compareRefusesAMaximumOfReplicatesBelowTwo() {
    for (String max : new String[] {"0", "-5", "1"}) {
      CliRunner r = CliRunner.run("compare", TOWN, "--policies", "NO_COOPERATION,NOTIFY_ONLY",
          "--max-replications", max);
      assertEquals(2, r.exitCode, max + ": " + r.err);
      assertTrue(r.err.contains("--max-replications " + max), r.err);
    }
  }

  @Test
  void aSweepFactorOnTheSeedIsRefusedNotSilentlyOverwritten(@TempDir Path tmp)
      throws IOException {
    Path f = tmp.resolve("seed-factor.yaml");
    Files.writeString(f, "name: s\nbase: " + TOWN + "\nseed: 1\nreplications: 1\n"
        + "design: {type: factorial}\nfactors:\n  - key: seed\n    values: [1, 2, 3]\n"
        + "outcomes: [crimes]\n");
    CliRunner r = CliRunner.run("sweep", f.toString(), "--out", tmp.resolve("out").toString(),
        "--quiet");
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("is seed, which each run sets itself"), r.err);
  }

  @Test
  void aPolicyChangeOutsideTheRunIsRefusedNamingItsLine(@TempDir Path tmp) throws IOException {
    // the teaching town: a 1-year warm-up and 5 recorded years
    for (String year : new String[] {"5", "7.5", "-2"}) {
      CliRunner r = CliRunner.run("validate", changeAt(tmp, year).toString());
      assertEquals(2, r.exitCode, year + ": " + r.err);
      assertTrue(r.err.contains("line 6") && r.err.contains("falls outside the run"), r.err);
    }
    for (String year : new String[] {"-1", "0", "4.9"}) {
      CliRunner r = CliRunner.run("validate", changeAt(tmp, year).toString());
      assertEquals(0, r.exitCode, year + ": " + r.err);
    }
  }

  private static Path changeAt(Path tmp, String year) throws IOException {
    Path f = tmp.resolve("change.yaml");
    Files.writeString(f, "extends: " + TOWN + "\njurisdictions:\n  - name: Teaching Town\n"
        + "    population: 5000\n    policyChanges:\n      - fromYear: " + year + "\n"
        + "        policy: HONOR_DETAINERS\n");
    return f;
  }
}
