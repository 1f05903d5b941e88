package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where extends may reach: in or below the folder of the scenario read, the working folder and
 * the bundled scenarios, after following symbolic links; nowhere else.
 */
class ExtendsReachTest {
  @TempDir
  Path tmp;
  private Path project;
  private Path scenario;
  private Path elsewhere;

  @BeforeEach
  void layout() throws IOException {
    project = Files.createDirectories(tmp.resolve("project"));
    scenario = Files.writeString(Files.createDirectories(project.resolve("variants"))
        .resolve("high.yaml"), "extends: ../base.yaml\n");
    Files.writeString(project.resolve("base.yaml"), "seed: 1\n");
    elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("secret.yaml"), "seed: 2\n");
  }

  private Optional<String> refusal(Path workingFolder, Path target) {
    return ExtendsReach.around(scenario, workingFolder).refusal(target);
  }

  @Test
  void filesBesideAndBelowTheScenarioMayBeExtended() {
    Path variants = scenario.getParent();
    assertEquals(Optional.empty(), refusal(elsewhere, variants.resolve("other.yaml")));
    assertEquals(Optional.empty(), refusal(elsewhere, variants.resolve("deep/er/x.yaml")));
  }

  @Test
  void theFolderAboveIsReachableFromAWorkingFolderThatHoldsIt() {
    Path parent = scenario.resolveSibling("../base.yaml");
    assertEquals(Optional.empty(), refusal(project, parent));
    assertTrue(refusal(elsewhere, parent).isPresent());
  }

  @Test
  void anAbsolutePathOutsideIsRefusedNamingWhereItLeads() {
    String why = refusal(project, Path.of("/etc/passwd")).orElseThrow();
    assertTrue(why.startsWith("it leads to /etc/passwd, outside the folders"), why);
    assertTrue(why.contains(project.toString()) && why.contains(scenario.getParent().toString()),
        "names the folders allowed: " + why);
  }

  @Test
  void dotDotOutOfEveryAllowedFolderIsRefused() {
    Path up = scenario.resolveSibling("../../elsewhere/secret.yaml");
    assertTrue(refusal(project, up).isPresent());
  }

  @Test
  void aSymbolicLinkOutIsJudgedByWhereItLeads() throws IOException {
    Path link = Files.createSymbolicLink(scenario.resolveSibling("link.yaml"),
        elsewhere.resolve("secret.yaml"));
    String why = refusal(project, link).orElseThrow();
    assertTrue(why.contains("through a symbolic link, to "
        + elsewhere.resolve("secret.yaml").toRealPath()), why);
  }

  @Test
  void aSymbolicLinkThatStaysInsideIsFollowed() throws IOException {
    Path link = Files.createSymbolicLink(scenario.resolveSibling("base-link.yaml"),
        project.resolve("base.yaml"));
    assertEquals(Optional.empty(), refusal(project, link));
  }

  @Test
  void aMissingFileInsideIsLeftToBeReportedMissingAndOneOutsideIsRefused() {
    assertEquals(Optional.empty(), refusal(elsewhere, scenario.resolveSibling("none.yaml")));
    assertTrue(refusal(project, elsewhere.resolve("none.yaml")).isPresent());
  }

  @Test
  void theBundledScenariosMayBeExtendedFromAnywhere() {
    Path bundled = Path.of("scenarios", "baseline.yaml").toAbsolutePath();
    assertEquals(Optional.empty(), refusal(elsewhere, bundled));
  }
}
