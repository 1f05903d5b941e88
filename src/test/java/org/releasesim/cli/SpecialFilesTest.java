package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Devices and FIFOs named as any input file (a scenario, its extends, a sweep file, a sweep's
 * base or pointsFile) are refused at once, with exit code 2 and a message that says why: a
 * device reports size 0 and never ends, a FIFO blocks until someone writes to it.
 */
class SpecialFilesTest {
  private static final Duration AT_ONCE = Duration.ofSeconds(10);

  private static List<Path> specialFiles(Path tmp) throws IOException, InterruptedException {
    List<Path> files = new ArrayList<>(List.of(Path.of("/dev/zero"), Path.of("/dev/urandom")));
    Path fifo = tmp.resolve("fifo");
    try {
      if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
        files.add(fifo);
      }
    } catch (IOException e) {
      // no mkfifo here: the devices still show the rule
    }
    return files.stream().filter(Files::exists).toList();
  }

  private static void refused(String... args) {
    refusedSaying("not a regular file", args);
  }

  private static void refusedSaying(String why, String... args) {
    CliRunner r = assertTimeoutPreemptively(AT_ONCE, () -> CliRunner.run(args),
        String.join(" ", args));
    assertEquals(2, r.exitCode, String.join(" ", args) + "\n" + r.err);
    assertTrue(r.err.contains(why), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
  }

  @Test
  void aSpecialFileAsScenarioOrExtendsIsRefusedAtOnce(@TempDir Path tmp) throws Exception {
    List<Path> special = specialFiles(tmp);
    assertFalse(special.isEmpty());
    for (Path f : special) {
      refused("validate", f.toString());
      refused("run", f.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
      Path extending = tmp.resolve("extends.yaml");
      Files.writeString(extending, "extends: " + f + "\n");
      // a device lies outside the folders extends may reach, a FIFO beside the scenario inside
      refusedSaying(f.startsWith(tmp) ? "not a regular file" : "is not allowed: it leads to",
          "validate", extending.toString());
    }
  }

  @Test
  void aSpecialFileAsSweepFileBaseOrPointsFileIsRefusedAtOnce(@TempDir Path tmp)
      throws Exception {
    for (Path f : specialFiles(tmp)) {
      refused("sweep", f.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
      Path base = tmp.resolve("base.yaml");
      Files.writeString(base, "name: s\nbase: " + f + "\nseed: 1\nreplications: 1\n"
          + "design: {type: factorial}\nfactors:\n  - name: p\n    policy: [NO_COOPERATION]\n"
          + "outcomes: [crimes]\n");
      refused("sweep", base.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
      Path points = tmp.resolve("points.yaml");
      Files.writeString(points, "name: s\nbase: " + Path.of("scenarios/small-teaching.yaml")
          .toAbsolutePath() + "\nseed: 1\nreplications: 1\ndesign: {type: points, pointsFile: "
          + f + "}\nfactors:\n  - name: years\n    key: time.years\n    range: {min: 1, max: 2}\n"
          + "outcomes: [crimes]\n");
      refused("sweep", points.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
    }
  }
}
