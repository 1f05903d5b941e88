package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;

/**
 * Every scenario file shipped (scenarios/ and scenarios/policies/) validates, says what it stands
 * for, and runs briefly.
 */
class BundledScenariosTest {
  @TempDir
  Path tmp;

  /** The scenario files: scenarios/*.yaml and scenarios/policies/*.yaml (not the sweeps). */
  static Stream<Path> scenarios() throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    for (Path folder : List.of(Path.of("scenarios"), Path.of("scenarios", "policies"))) {
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void validatesAndHasADescription(Path file) {
    CliRunner r = CliRunner.run("validate", file.toString());
    assertEquals(0, r.exitCode, r.err);
    LoadedScenario s = new ScenarioReader().read(file, List.of());
    assertTrue(s.params().description().length() > 80, "description of " + file);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void runsBriefly(Path file) {
    LoadedScenario s = new ScenarioReader().read(file, List.of());
    List<String> args = new java.util.ArrayList<>(List.of("run", file.toString(), "--quiet", "--check-invariants",
        "--out", tmp.toString(), "--set", "time.warmupYears=0.2", "--set",
        "time.years=0.5"));
    for (int j = 0; j < s.params().jurisdictions().size(); j++) {
      args.addAll(List.of("--set", "jurisdictions[" + j + "].population=3000"));
      // a policy change must fall inside the shortened run (one outside it is refused)
      int changes = s.params().jurisdictions().get(j).policyChanges().size();
      for (int k = 0; k < changes; k++) {
        args.addAll(List.of("--set", "jurisdictions[" + j + "].policyChanges[" + k
            + "].fromYear=" + (0.1 + 0.3 * k / changes)));
      }
    }
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode, r.err);
    assertFalse(r.out.isBlank());
  }
}
