package org.releasesim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The source commit the tool was built from, for the run manifest: asked of git in the folder
 * holding the jar (the checkout, when run through ./release-sim), marked "-dirty" when the work
 * tree has uncommitted changes, or "unknown" where git or a checkout is absent.
 */
final class GitCommit {
  private static final String UNKNOWN = "unknown";

  private GitCommit() {}

  static String describe() {
    Path dir = codeLocation();
    String head = git(dir, "rev-parse", "HEAD");
    if (head == null || head.isBlank()) {
      return UNKNOWN;
    }
    String status = git(dir, "status", "--porcelain", "--untracked-files=no");
    return head.strip() + (status != null && !status.isBlank() ? "-dirty" : "");
  }

  private static Path codeLocation() {
    try {
      Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.getParent() != null ? p.getParent() : p;
    } catch (Exception e) {
      return Path.of(".");
    }
  }

  private static String git(Path dir, String... args) {
    String[] cmd = new String[args.length + 3];
    cmd[0] = "git";
    cmd[1] = "-C";
    cmd[2] = dir.toString();
    System.arraycopy(args, 0, cmd, 3, args.length);
    try {
      Process proc = new ProcessBuilder(cmd).redirectErrorStream(false).start();
      proc.getOutputStream().close();
      String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!proc.waitFor(5, TimeUnit.SECONDS) || proc.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
