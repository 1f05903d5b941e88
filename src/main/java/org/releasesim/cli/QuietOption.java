package org.releasesim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet}, shared by the commands that show progress: nothing on standard error but
 * errors; what was written, and where, still goes to standard output.
 */
final class QuietOption {
  @Option(names = "--quiet", description = "Nothing on standard error but errors: no progress,"
      + " no warnings. Where the results went is still printed.")
  private boolean quiet;

  boolean on() {
    return quiet;
  }
}
