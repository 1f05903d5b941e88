package org.releasesim.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool version, from the jar manifest (Maven writes it) or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"release-sim " + version()};
  }

  /** The version string. */
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }
}
