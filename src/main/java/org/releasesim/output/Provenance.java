package org.releasesim.output;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What produced a result, as every manifest records it (Sandve et al. 2013, rules 1-4: exact
 * versions, the command): the tool's version, the source commit, the Java runtime, the machine
 * and the command line. One record for runs, sweeps, comparisons and benchmarks, so that they
 * all say the same thing when a fact is unknown: {@value #UNKNOWN}.
 *
 * @param toolVersion release-sim's version from the jar manifest ({@code Implementation-Version},
 *     which the Maven jar plugin writes), or {@value #UNKNOWN} when running from classes
 * @param gitCommit the source commit, asked of git in the folder holding the jar (the checkout,
 *     when run through {@code ./release-sim}), ending in {@code -dirty} when the work tree has
 *     uncommitted changes, or {@value #UNKNOWN} where git or a checkout is absent
 * @param javaVersion {@code java.version}, such as {@code 17.0.15}
 * @param javaVendor {@code java.vendor}, such as {@code Debian}
 * @param hostName the machine's name
 * @param os operating system name, version and architecture, such as {@code Linux 6.1.0 amd64}
 * @param commandLine the program and its arguments, one per element
 * @param threads worker threads the command used
 */
public record Provenance(String toolVersion, String gitCommit, String javaVersion,
    String javaVendor, String hostName, String os, List<String> commandLine, int threads) {
  /** Said of any fact that cannot be found. */
  public static final String UNKNOWN = "unknown";

  public Provenance {
    commandLine = List.copyOf(commandLine);
  }

  /** The provenance of this process, running {@code commandLine} on {@code threads} threads. */
  public static Provenance current(List<String> commandLine, int threads) {
    return new Provenance(detectToolVersion(), detectGitCommit(), detectJavaVersion(),
        System.getProperty("java.vendor", UNKNOWN), detectHostName(), detectOs(), commandLine,
        threads);
  }

  /** release-sim's version from the jar manifest, or {@value #UNKNOWN} outside a jar. */
  public static String detectToolVersion() {
    String version = Provenance.class.getPackage().getImplementationVersion();
    return version == null ? UNKNOWN : version;
  }

  /** The Java version alone, for figures that name only it. */
  public static String detectJavaVersion() {
    return System.getProperty("java.version", UNKNOWN);
  }

  private static String detectOs() {
    return System.getProperty("os.name", UNKNOWN) + " " + System.getProperty("os.version", "")
        + " " + System.getProperty("os.arch", "");
  }

  /**
   * The host name: from the name service if it answers, else the {@code HOSTNAME} or
   * {@code COMPUTERNAME} variable (cluster nodes often have no reverse DNS), else
   * {@value #UNKNOWN}.
   */
  public static String detectHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      String fromEnv = System.getenv("HOSTNAME");
      if (fromEnv == null) {
        fromEnv = System.getenv("COMPUTERNAME");
      }
      return fromEnv == null ? UNKNOWN : fromEnv;
    }
  }

  /** The source commit the tool was built from (see the record's documentation). */
  public static String detectGitCommit() {
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
      Path p = Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
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
