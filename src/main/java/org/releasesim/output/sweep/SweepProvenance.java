package org.releasesim.output.sweep;

import java.util.List;

/**
 * Who is writing a sweep folder, for its manifest: the tool, the source commit, the command line
 * and the worker threads.
 */
public record SweepProvenance(String toolVersion, String gitCommit, List<String> commandLine,
    int threads) {
  public SweepProvenance {
    commandLine = List.copyOf(commandLine);
  }
}
