package org.releasesim.experiment;

import org.releasesim.cli.CompareCommand;
import org.releasesim.cli.MergeCommand;
import org.releasesim.cli.SlurmCommand;
import org.releasesim.cli.SweepCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The experiment commands under one root, as the tests (and child JVMs they start) use them,
 * with the same error handling as the real {@code release-sim} command: user errors print one
 * paragraph and exit 2.
 */
@Command(name = "release-sim", subcommands = {SweepCommand.class, CompareCommand.class,
    MergeCommand.class, SlurmCommand.class})
public final class ExperimentCli {
  private ExperimentCli() {}

  /** The configured command line. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ExperimentCli());
    cl.setExecutionExceptionHandler(new TestErrorHandler());
    return cl;
  }

  /** Entry point for child JVMs. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
