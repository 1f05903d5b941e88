package org.releasesim.experiment.sweep;

import java.io.IOException;

/** Receives finished runs, in run-index order, from one thread at a time. */
@FunctionalInterface
public interface RunSink {
  /** Keep one run (write it out, add it up); called in the order the runs were listed. */
  void accept(RunRecord run) throws IOException;
}
