package org.releasesim.cli;

import org.releasesim.app.UserInputException;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}, shared by the commands that run many simulations at once (sweep,
 * compare): how many run side by side. Results never depend on it.
 */
final class WorkerThreads {
  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all"
      + " cores). Results do not depend on it.")
  private Integer threads;

  /** The threads asked for, or null for all cores (the memory check may lower either). */
  Integer requested() {
    if (threads != null && threads < 1) {
      throw new UserInputException("--threads " + threads + ": give at least 1.");
    }
    return threads;
  }
}
