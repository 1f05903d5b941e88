package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.releasesim.cli.Refusals.refused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extends target must lie, after following symbolic links, in or below the folder of the
 * scenario read, the working folder or the bundled scenarios: an absolute path, {@code ../..}
 * or a symbolic link that leads elsewhere is refused (the tests run from the project folder, and
 * the scenarios here sit in a temporary folder outside it).
 */
class ExtendsReachCommandTest {
  private static final String TOWN = Path.of("scenarios/small-teaching.yaml").toAbsolutePath()
      .toString();

  @TempDir
  Path tmp;
  private Path folder;
  private Path outside;

  @BeforeEach
  void layout() throws IOException {
    folder = Files.createDirectories(tmp.resolve("study/variants"));
    outside = Files.writeString(tmp.resolve("outside.yaml"), "extends: " + TOWN + "\n");
  }

  private Path scenario(String extendsPath) throws IOException {
    return Files.writeString(folder.resolve("s.yaml"), "extends: " + extendsPath + "\n");
  }

  private static void refusedAsOutside(String leadsTo, String... args) {
    String m = refused(args).err;
    assertTrue(m.contains(", line 1, column 1: extends = ") && m.contains(" is not allowed: it"
        + " leads") && m.contains(leadsTo), m);
    assertTrue(m.contains("Copy the file into one of them, or run release-sim from a folder"
        + " that holds both files."), m);
  }

  @Test
  void anAbsolutePathOutsideIsRefused() throws IOException {
    refusedAsOutside("to " + outside, "validate", scenario(outside.toString()).toString());
    refusedAsOutside("to /etc/passwd", "validate", scenario("/etc/passwd").toString());
  }

  @Test
  void dotDotOutOfTheScenariosFolderIsRefused() throws IOException {
    refusedAsOutside("to " + outside, "validate", scenario("../../outside.yaml").toString());
  }

  @Test
  void aSymbolicLinkThatLeadsOutIsRefused() throws IOException {
    Files.createSymbolicLink(folder.resolve("link.yaml"), outside);
    refusedAsOutside("through a symbolic link, to " + outside.toRealPath(), "validate",
        scenario("link.yaml").toString());
  }

  @Test
  void aRefusedTargetIsNotReadNorSaidToExist() throws IOException {
    String m = refused("validate", scenario("../../no-such.yaml").toString()).err;
    assertTrue(m.contains("is not allowed") && !m.contains("does not exist"), m);
  }

  @Test
  void filesBelowTheScenarioAndTheBundledScenariosMayBeExtended() throws IOException {
    Files.createDirectories(folder.resolve("parts"));
    Files.writeString(folder.resolve("parts/town.yaml"), "extends: " + TOWN + "\nseed: 3\n");
    CliRunner r = CliRunner.run("validate", scenario("parts/town.yaml").toString());
    assertEquals(0, r.exitCode, r.err);
  }

  @Test
  void aSweepsBaseFollowsTheSameRule() throws IOException {
    Path base = scenario("../../outside.yaml");
    Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "name: s\nbase: s.yaml\nseed:"
        + " 1\ndesign: {type: factorial}\nfactors:\n  - {key: time.years, values: [1]}\n"
        + "outcomes: [crimes]\n");
    String m = refused("sweep", sweep.toString(), "--out", tmp.resolve("out").toString()).err;
    assertTrue(m.contains("the base scenario " + base) && m.contains("is not allowed"), m);
    assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
  }

  @Test
  void aReplayedManifestMayNotExtendOutsideItsRunFolder() throws IOException {
    Path run = Files.createDirectories(tmp.resolve("run"));
    Path manifest = Files.writeString(run.resolve("manifest.json"), "{\"scenario_yaml\":"
        + " \"extends: /etc/passwd\\n\", \"seed\": 1}");
    String m = refused("gui", "--replay", manifest.toString(), "--until", "0", "--screenshot",
        tmp.resolve("x.png").toString()).err;
    assertTrue(m.contains("extends = /etc/passwd is not allowed"), m);
  }
}
