package org.releasesim.experiment.posterior;

import java.util.List;
import org.releasesim.scenario.ScenarioReader;

/**
 * The defaults written out in full as scenario text: the base every fitted value is applied to.
 * Written out, rather than an empty file, so that a key inside a default list, such as
 * {@code offending.postRelease.periods[0].factor}, exists and can be set on its own.
 */
final class DefaultsText {
  private static final String TEXT = new ScenarioReader()
      .readText("name: calibration\n", "defaults", List.of()).resolvedYaml();

  private DefaultsText() {}

  static String text() {
    return TEXT;
  }
}
