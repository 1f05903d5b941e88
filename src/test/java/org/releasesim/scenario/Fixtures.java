package org.releasesim.scenario;

import java.nio.file.Path;
import java.util.List;

/** The scenario files under {@code src/test/resources/scenario}, read from the project folder. */
final class Fixtures {
  static final Path ROOT = Path.of("src", "test", "resources", "scenario");

  private Fixtures() {}

  static Path good(String name) {
    return ROOT.resolve("good").resolve(name);
  }

  static Path bad(String name) {
    return ROOT.resolve("bad").resolve(name);
  }

  static LoadedScenario read(Path file, String... overrides) {
    return new ScenarioReader().read(file, List.of(overrides));
  }
}
