package org.releasesim.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A small file system for one child process: a tmpfs mounted in user and mount namespaces of the
 * child's own ({@code unshare -rm}), so a test can fill a disk or make one read-only without
 * privileges on the machine, as root or not (root writes through file permissions, not through
 * a read-only mount), and nothing is left mounted whatever happens. The tmpfs vanishes with the
 * child, so its content is copied out to a folder of the test's before the child ends. Tests
 * skip, saying why, where namespaces or tmpfs mounts are not allowed (some containers).
 */
final class SmallDisk {
  private SmallDisk() {}

  /** Skips the calling test unless a tmpfs can be mounted in a namespace here. */
  static void assumeAvailable(Path scratch) throws Exception {
    Path point = Files.createDirectories(scratch.resolve("probe-mount"));
    Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c",
        "mount -t tmpfs -o size=64k tmpfs " + quote(point.toString()))
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes());
    boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    assumeTrue(mounted, "skipped: this machine does not allow a tmpfs mount in a user namespace"
        + " (unshare -rm: " + said.strip() + ")");
  }

  /**
   * Runs shell {@code steps} with a tmpfs of {@code size} (such as {@code 400k}) at
   * {@code point}, then copies its content to {@code copy}; the steps' exit code is the child's.
   *
   * @param steps shell commands, run in order while the tmpfs is mounted; the exit code of the
   *     last is kept
   */
  static ChildJvm run(Path point, String size, Path copy, Path log, List<String> steps)
      throws IOException {
    Files.createDirectories(point);
    Files.createDirectories(copy);
    String script = "mount -t tmpfs -o size=" + size + " tmpfs " + quote(point.toString())
        + " || exit 97\n" + String.join("\n", steps) + "\nrc=$?\ncp -a " + quote(point + "/.")
        + " " + quote(copy.toString()) + "\nexit $rc\n";
    return ChildJvm.startCommand(log, List.of("unshare", "-rm", "sh", "-c", script));
  }

  /** A shell step that makes the tmpfs read-only. */
  static String readOnly(Path point) {
    return "mount -o remount,ro " + quote(point.toString()) + " || exit 98";
  }

  /** A shell step that gives the tmpfs more room. */
  static String resize(Path point, String size) {
    return "mount -o remount,size=" + size + " " + quote(point.toString()) + " || exit 98";
  }

  /** A shell step running release-sim in a JVM, its exit code in {@code $?}. */
  static String release(String... args) {
    List<String> cmd = new ArrayList<>(ChildJvm.command(List.of("-Xmx512m"), args));
    return cmd.stream().map(SmallDisk::quote).collect(Collectors.joining(" "));
  }

  /** A shell step that copies the tmpfs's content as it stands to {@code copy}. */
  static String copy(Path point, Path copy) {
    return "mkdir -p " + quote(copy.toString()) + " && cp -a " + quote(point + "/.") + " "
        + quote(copy.toString());
  }

  /** A shell step that records the exit code of the step before it in a file. */
  static String recordExit(Path file) {
    return "echo $? > " + quote(file.toString());
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
