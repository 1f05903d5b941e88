package org.releasesim.experiment;

import org.releasesim.cli.Main;
import picocli.CommandLine;

/**
 * The real {@code release-sim} command line, as the experiment tests (and the child JVMs they
 * start) use it: same subcommands, same handling of user errors (one paragraph, exit 2).
 */
public final class ExperimentCli {
  private ExperimentCli() {}

  /** The configured command line. */
  public static CommandLine commandLine() {
    return Main.commandLine();
  }

  /** Entry point for child JVMs. */
  public static void main(String[] args) {
    Main.main(args);
  }
}
