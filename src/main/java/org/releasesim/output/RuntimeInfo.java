package org.releasesim.output;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Facts about the running program and machine, for the {@link RunManifest}. */
public final class RuntimeInfo {
  /** Reported when the version is not known, as when running from compiled classes. */
  public static final String UNKNOWN = "unknown";

  private RuntimeInfo() {}

  /**
   * release-sim's version from the jar manifest ({@code Implementation-Version}, which the
   * Maven jar plugin writes), or {@value #UNKNOWN} when running outside a jar, as in tests.
   */
  public static String toolVersion() {
    String version = RuntimeInfo.class.getPackage().getImplementationVersion();
    return version == null ? UNKNOWN : version;
  }

  /** The Java version, such as {@code 17.0.15}. */
  public static String javaVersion() {
    return System.getProperty("java.version", UNKNOWN);
  }

  /** The Java vendor, such as {@code Debian}. */
  public static String javaVendor() {
    return System.getProperty("java.vendor", UNKNOWN);
  }

  /** Operating system name, version and architecture, such as {@code Linux 6.1.0 amd64}. */
  public static String os() {
    return System.getProperty("os.name", UNKNOWN) + " " + System.getProperty("os.version", "")
        + " " + System.getProperty("os.arch", "");
  }

  /**
   * The host name: from the name service if it answers, else the {@code HOSTNAME} or
   * {@code COMPUTERNAME} variable (cluster nodes often have no reverse DNS), else
   * {@value #UNKNOWN}.
   */
  public static String hostName() {
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
}
