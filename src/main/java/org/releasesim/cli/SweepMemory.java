package org.releasesim.cli;

import java.util.Locale;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.model.param.ScenarioParams;

/**
 * Fits a sweep's worker threads to the heap: every thread holds one model, so a sweep needs
 * about threads x one run's heap. With the default thread count the count is lowered (and the
 * user told why); with --threads given, a sweep that cannot fit is refused with the -Xmx to use.
 * The estimate is for the base scenario; a factor that grows the population needs headroom.
 */
final class SweepMemory {
  private SweepMemory() {}

  /**
   * The threads to use.
   *
   * @param requested threads asked for, or null for the default (all cores)
   * @param note receives a sentence when the default is lowered
   */
  static int threads(Integer requested, ScenarioParams base, long maxHeap,
      java.util.function.Consumer<String> note) {
    int cores = Runtime.getRuntime().availableProcessors();
    int wanted = requested == null ? cores : requested;
    long perRun = MemoryEstimate.bytesNeeded(base);
    long fit = Math.max(1, maxHeap / perRun);
    if (wanted <= fit) {
      return wanted;
    }
    String sizes = String.format(Locale.ROOT, "each run needs about %.1f GB of heap and this"
        + " Java process may use %.1f GB", perRun / 1e9, maxHeap / 1e9);
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
