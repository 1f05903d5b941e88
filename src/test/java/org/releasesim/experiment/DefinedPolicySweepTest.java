package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's policy factor takes the policies its base scenario defines, by name or as 'all'. */
class DefinedPolicySweepTest {
  private static Path sweep(Path dir, String policies) throws IOException {
    Path base = Path.of("scenarios", "policies", "real-world-rules.yaml").toAbsolutePath();
    return Files.writeString(dir.resolve("defined.yaml"), "name: defined\nbase: " + base + "\n"
        + SweepFixtures.TINY + """
        seed: 7
        replications: 2
        paired: true
        design: {type: factorial}
        factors:
          - policy: %s
        outcomes: [crimes, custodial_transfers]
        """.formatted(policies));
  }

  @Test
  void aPolicyFactorRunsTheBaseScenariosOwnPoliciesByName(@TempDir Path tmp) throws IOException {
    SweepFixtures.Result r = SweepFixtures.run("sweep", sweep(tmp, "[HONOR_DETAINERS,"
        + " JAIL_287G, SB54]").toString(), "--out", tmp.resolve("out").toString(), "--quiet");
    assertEquals(0, r.exit(), r.err());
    List<String> runs = Files.readAllLines(SweepFixtures.resultsDir(r).resolve("runs.csv"));
    List<String> header = List.of(runs.get(0).split(","));
    int policy = header.indexOf("policy");
    int crimes = header.indexOf("crimes");
    int transfers = header.indexOf("custodial_transfers");
    assertEquals(7, runs.size(), "3 policies x 2 replicates");
    for (int replicate = 0; replicate < 2; replicate++) {
      String[] honour = row(runs, policy, "HONOR_DETAINERS", replicate);
      String[] copy = row(runs, policy, "JAIL_287G", replicate);
      assertEquals(honour[crimes], copy[crimes], "a copy of HONOR_DETAINERS runs identically");
      assertEquals(honour[transfers], copy[transfers]);
      assertEquals("SB54", row(runs, policy, "SB54", replicate)[policy]);
    }
  }

  @Test
  void allTakesInEveryPolicyOfTheBaseScenario(@TempDir Path tmp) throws IOException {
    SweepFixtures.Result r = SweepFixtures.run("sweep", sweep(tmp, "all").toString(), "--out",
        tmp.resolve("out").toString(), "--quiet");
    assertEquals(0, r.exit(), r.err());
    String runs = Files.readString(SweepFixtures.resultsDir(r).resolve("runs.csv"));
    for (String name : List.of("HONOR_DETAINERS", "NO_COOPERATION", "SB54", "JAIL_287G",
        "NOTIFY_VIOLENT_AHEAD", "HOLD_24H_VIOLENT")) {
      assertTrue(runs.contains("," + name + ","), name);
    }
  }

  @Test
  void aPolicyTheBaseScenarioDoesNotKnowIsRefusedWithItsOwnAmongTheAllowed(@TempDir Path tmp)
      throws IOException {
    Path file = sweep(tmp, "[HONOR_DETAINERS, SB45]");
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--out",
        tmp.resolve("out").toString(), "--quiet");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(file + ", line 9"), r.err());
    assertTrue(r.err().contains("'SB45'; allowed: all, or a list of HONOR_DETAINERS, NOTIFY_ONLY,"
        + " SERIOUS_ONLY, NO_COOPERATION, SB54, JAIL_287G"), r.err());
    assertTrue(!Files.exists(tmp.resolve("out")), "nothing is written");
  }

  private static String[] row(List<String> runs, int column, String policy, int replicate) {
    List<String> header = List.of(runs.get(0).split(","));
    return runs.stream().skip(1).map(l -> l.split(","))
        .filter(c -> c[column].equals(policy)
            && c[header.indexOf("replicate")].equals(Integer.toString(replicate)))
        .findFirst().orElseThrow();
  }
}
