package org.releasesim.app;

import java.util.function.Consumer;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.experiment.sweep.LargestRun;

/**
 * Fits a sweep's worker threads to the heap: every thread holds one model, and any of them may be
 * running the sweep's largest design point, so a sweep needs about threads x that run's heap.
 * A sweep whose largest run cannot fit at all is refused before any run starts. With the default
 * thread count the count is lowered (and the user told why); with --threads given, a sweep that
 * cannot fit is refused with the -Xmx to use.
 */
public final class SweepMemory {
  private SweepMemory() {}

  /**
   * The threads to use.
   *
   * @param requested threads asked for, or null for the default (all cores)
   * @param largest the sweep's largest run
   * @param note receives a sentence when the default is lowered
   */
  public static int threads(Integer requested, LargestRun largest, long maxHeap, Consumer<String> note) {
    int cores = Runtime.getRuntime().availableProcessors();
    int wanted = requested == null ? cores : requested;
    long perRun = largest.bytes();
    String sizes = "its largest runs (design point " + largest.point() + ", with "
        + MemoryEstimate.words(largest.size()) + ") need about " + MemoryEstimate.describe(perRun)
        + " of heap each, and this Java process may use " + MemoryEstimate.describe(maxHeap);
    if (perRun > maxHeap) {
      throw new UserInputException("The sweep cannot run even on one thread: " + sizes + "; run it with"
          + " RELEASE_SIM_JAVA_OPTS=" + MemoryEstimate.suggestedXmx(perRun) + " (the machine must"
          + " have that much free), or make its runs smaller.");
    }
    long fit = maxHeap / perRun;
    if (wanted <= fit) {
      return wanted;
    }
    if (requested == null) {
      note.accept("Using " + fit + " of " + cores + " cores: " + sizes + " (more with"
          + " RELEASE_SIM_JAVA_OPTS=" + MemoryEstimate.suggestedXmx(perRun * cores) + ").");
      return (int) fit;
    }
    throw new UserInputException("--threads " + requested + " does not fit: " + sizes
        + "; use --threads " + fit + " or run with RELEASE_SIM_JAVA_OPTS="
        + MemoryEstimate.suggestedXmx(perRun * requested) + ".");
  }
}
