package org.releasesim.gui.watch;

import java.nio.file.Path;
import java.util.List;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.ScenarioReader;

/** Scenarios for the GUI tests, read from the project's scenarios folder. */
public final class GuiScenarios {
  public static final Path SMALL_TEACHING = Path.of("scenarios", "small-teaching.yaml");

  private GuiScenarios() {}

  /** small-teaching.yaml with optional {@code --set} overrides. */
  public static ScenarioParams smallTeaching(String... overrides) {
    return new ScenarioReader().read(SMALL_TEACHING, List.of(overrides)).params();
  }

  /** A started, watched run of a scenario. */
  static WatchedRun started(ScenarioParams params) {
    WatchedRun run = new WatchedRun(params);
    run.sim().start();
    run.attach();
    return run;
  }
}
