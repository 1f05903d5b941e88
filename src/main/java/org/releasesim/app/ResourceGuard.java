package org.releasesim.app;

import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.experiment.RunSize;

/**
 * Refuses, with the -Xmx to use, a run that would not fit in this JVM's heap: called before the
 * model is built (or restored from a checkpoint), so the refusal comes at once.
 */
public final class ResourceGuard {
  private ResourceGuard() {}

  public static void checkMemory(RunSize size, String scenarioName, long maxHeapBytes) {
    long needed = MemoryEstimate.bytesNeeded(size);
    if (needed > maxHeapBytes) {
      throw new UserInputException("scenario '" + scenarioName + "' has "
          + MemoryEstimate.words(size) + " and needs about " + MemoryEstimate.describe(needed)
          + " of heap, but this Java process may use only "
          + MemoryEstimate.describe(maxHeapBytes) + "; run it with more memory, for example"
          + " RELEASE_SIM_JAVA_OPTS=" + MemoryEstimate.suggestedXmx(needed) + " ./release-sim"
          + " ... (the machine must have that much free), or make the scenario smaller (fewer"
          + " residents, tracts or counties, or a shorter recorded period).");
    }
  }
}
