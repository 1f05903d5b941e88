package org.releasesim.cli;

import java.util.Locale;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.model.param.ScenarioParams;

/** Refuses, with the -Xmx to use, a run that would not fit in this JVM's heap. */
final class ResourceGuard {
  private ResourceGuard() {}

  static void checkMemory(ScenarioParams params, String scenarioName, long maxHeapBytes) {
    long needed = MemoryEstimate.bytesNeeded(params);
    if (needed > maxHeapBytes) {
      throw new UserInputException(String.format(Locale.ROOT,
          "scenario '%s' has %,d residents and needs about %.1f GB of heap, but this Java"
              + " process may use only %.1f GB; run it with more memory, for example"
              + " RELEASE_SIM_JAVA_OPTS=%s ./release-sim ... (the machine must have that much"
              + " free), or make the scenario smaller.", scenarioName, params.totalPopulation(),
          needed / 1e9, maxHeapBytes / 1e9, MemoryEstimate.suggestedXmx(needed)));
    }
  }
}
