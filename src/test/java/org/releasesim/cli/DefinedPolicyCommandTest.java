package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release policies defined in a scenario, through the real command line: a definition written to
 * match a bundled policy reproduces the golden summary byte for byte; the shipped definitions
 * validate; a policy that bars ICE's interviews lodges fewer detainers than one that does not;
 * an unknown policy name or a switch that is not true or false is refused with the file, the
 * line and what is allowed.
 */
class DefinedPolicyCommandTest {
  /** NOTIFY_ONLY as ODD 7.6 describes it: everyone, notice, no hold, its trust level (0.75). */
  private static final String NOTIFY_WRITTEN_OUT = "policies=[{name: MY_NOTIFY, covers:"
      + " {everyone: true}, hold: false, cooperation: 0.75}]";

  @TempDir
  Path tmp;

  @Test
  void notifyOnlyWrittenOutAsDataReproducesTheGoldenSummaryByteForByte() throws IOException {
    CliRunner r = CliRunner.run("run", "src/test/resources/golden/tiny.yaml", "--quiet",
        "--out", tmp.toString(), "--set", NOTIFY_WRITTEN_OUT, "--set",
        "jurisdictions[0].policy=MY_NOTIFY");
    assertEquals(0, r.exitCode, r.err);
    Path dir = Path.of(r.out.strip());
    assertEquals(Files.readString(Path.of("src/test/resources/golden/tiny-summary.csv")),
        Files.readString(dir.resolve("summary.csv")));
    assertTrue(Files.readString(dir.resolve("scenario.yaml")).contains("name: MY_NOTIFY"),
        "the run's scenario keeps the definition");
  }

  @Test
  void aDefinedPolicyWithAnotherHoldOrCooperationChangesTheRun() throws IOException {
    CliRunner r = CliRunner.run("run", "src/test/resources/golden/tiny.yaml", "--quiet",
        "--out", tmp.toString(), "--set", NOTIFY_WRITTEN_OUT.replace("0.75", "0.2"), "--set",
        "jurisdictions[0].policy=MY_NOTIFY");
    assertEquals(0, r.exitCode, r.err);
    assertFalse(Files.readString(Path.of("src/test/resources/golden/tiny-summary.csv"))
        .equals(Files.readString(Path.of(r.out.strip()).resolve("summary.csv"))),
        "cooperation drives trust, and trust the numbers");
  }

  @Test
  void theShippedDefinitionsValidate() {
    for (String file : new String[] {"real-world-rules.yaml", "sb54-county.yaml"}) {
      CliRunner r = CliRunner.run("validate", "scenarios/policies/" + file);
      assertEquals(0, r.exitCode, r.err);
      assertTrue(r.out.startsWith("OK "), r.out);
    }
  }

  @Test
  void anUnknownPolicyIsRefusedWithExitCodeTwoNamingTheLineAndTheAllowedNames() {
    String file = "src/test/resources/scenario/bad/policy-unknown.yaml";
    for (String command : new String[] {"validate", "run"}) {
      CliRunner r = command.equals("run")
          ? CliRunner.run("run", file, "--quiet", "--out", tmp.toString())
          : CliRunner.run("validate", file);
      assertEquals(2, r.exitCode, command + ": " + r.err);
      assertTrue(r.err.contains(file + ", line 7, column 13: jurisdictions[0].policy = SB45"),
          r.err);
      assertTrue(r.err.contains("one of HONOR_DETAINERS, NOTIFY_ONLY, SERIOUS_ONLY,"
          + " NO_COOPERATION, SB54"), r.err);
      assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), "no stack trace");
    }
  }

  @Test
  void aSetOverrideCanSwitchToADefinedPolicyLater() throws IOException {
    CliRunner r = CliRunner.run("run", "scenarios/policies/sb54-county.yaml", "--quiet",
        "--out", tmp.toString(), "--set", "jurisdictions[0].population=3000", "--set",
        "time.warmupYears=0.2", "--set", "time.years=0.5", "--set",
        "jurisdictions[0].policy=HONOR_DETAINERS", "--set",
        "jurisdictions[0].policyChanges=[{fromYear: 0.25, policy: HOLD_24H_VIOLENT}]");
    assertEquals(0, r.exitCode, r.err);
    String scenario = Files.readString(Path.of(r.out.strip()).resolve("scenario.yaml"));
    assertTrue(scenario.contains("policy: HOLD_24H_VIOLENT"), scenario);
    assertTrue(scenario.contains("holdLimitHours: 24"), scenario);
  }

  @Test
  void theShippedCookCountyRuleBarsInterviewsAndSoLodgesFewerDetainersThanNoCooperation()
      throws IOException {
    double barred = detainersLodged("COOK_COUNTY");
    double allowed = detainersLodged("NO_COOPERATION");
    // same seed and the same draws: only the lodge probability of the unauthorized without a
    // removal or order on record changes, to half of it (detainers.unauthorizedFingerprintShare)
    assertTrue(barred < 0.8 * allowed && barred > 0.2 * allowed,
        "detainers lodged without interviews " + barred + ", with " + allowed);
  }

  private double detainersLodged(String policy) throws IOException {
    CliRunner r = CliRunner.run("run", "scenarios/policies/real-world-rules.yaml", "--quiet",
        "--out", tmp.resolve(policy).toString(), "--seed", "11", "--set",
        "jurisdictions[0].population=30000", "--set", "time.warmupYears=1", "--set",
        "time.years=3", "--set", "jurisdictions[0].policy=" + policy);
    assertEquals(0, r.exitCode, r.err);
    String total = Files.readAllLines(Path.of(r.out.strip()).resolve("summary.csv")).stream()
        .filter(l -> l.contains(",detainers_lodged,all,all,all,")).findFirst().orElseThrow();
    return Double.parseDouble(total.split(",")[6]);
  }

  @Test
  void anInterviewSwitchThatIsNotTrueOrFalseIsRefusedNamingTheKey() throws IOException {
    Path file = Files.writeString(tmp.resolve("maybe.yaml"), "extends: "
        + Path.of("src/test/resources/golden/tiny.yaml").toAbsolutePath() + "\n"
        + "policies:\n"
        + "  - name: NO_ACCESS\n"
        + "    covers: {}\n"
        + "    hold: false\n"
        + "    iceInterviews: maybe\n"
        + "    cooperation: 0\n");
    CliRunner r = CliRunner.run("validate", file.toString());
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.contains("line 6") && r.err.contains("iceInterviews"), r.err);
    assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), "no stack trace");
  }
}
