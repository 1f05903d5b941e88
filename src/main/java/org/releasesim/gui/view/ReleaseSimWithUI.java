package org.releasesim.gui.view;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JFrame;
import org.releasesim.gui.watch.ChartCadence;
import org.releasesim.gui.watch.GuiInfo;
import org.releasesim.gui.watch.MapSettings;
import org.releasesim.gui.watch.ModelProperty;
import org.releasesim.gui.watch.ModelTabLines;
import org.releasesim.gui.watch.PolicySwitch;
import org.releasesim.gui.watch.ScenarioEdits;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.param.ScenarioParams;
import sim.display.Controller;
import sim.portrayal.Inspector;

/**
 * The GUI side of the MASON triad for {@link org.releasesim.model.ReleaseSim}: one Console step
 * is one simulated day, the map and the charts follow the run, and the Model tab edits the
 * scenario. The seed is always the scenario's (or one typed into the Console or the Model tab),
 * never the wall clock; the model reseeds itself from its parameters at every start.
 */
public final class ReleaseSimWithUI extends DayGuiState {
  /** Days between chart updates at the start; the charts' window has a spinner for it. */
  static final int DEFAULT_CHART_DAYS = 7;
  private static final int WINDOW_GAP = 10;

  private final WatchedRun run;
  private final String scenarioName;
  private final ScenarioEdits edits;
  private final MapSettings mapSettings = new MapSettings();
  private final ChartCadence cadence = new ChartCadence(DEFAULT_CHART_DAYS);
  private final LiveCharts charts = new LiveCharts();
  private final List<ModelProperty> modelLines;
  private long lastConsoleSeed;
  private volatile boolean running;
  private MapWindow map;
  private JFrame chartsFrame;

  /**
   * @param params the scenario to run
   * @param scenarioName the scenario's name, for titles
   */
  public ReleaseSimWithUI(ScenarioParams params, String scenarioName) {
    this(new WatchedRun(params), params, scenarioName);
  }

  private ReleaseSimWithUI(WatchedRun run, ScenarioParams params, String scenarioName) {
    super(run.sim());
    this.run = run;
    this.scenarioName = scenarioName;
    this.edits = new ScenarioEdits(params);
    this.lastConsoleSeed = state.seed();
    this.modelLines = new ModelTabLines(edits, run, () -> running).lines();
  }

  /** The name MASON's Console shows. */
  public static String getName() {
    return "release-sim";
  }

  /** The Console's About tab. */
  public static Object getInfo() {
    return GuiInfo.HTML;
  }

  @Override
  public void init(Controller controller) {
    super.init(controller);
    map = new MapWindow(this, run, mapSettings, scenarioName, edits.loaded());
    chartsFrame = ChartsFrame.create(charts, cadence, scenarioName);
    controller.registerFrame(map.frame());
    controller.registerFrame(chartsFrame);
    placeWindows(controller);
    map.frame().setVisible(true);
    chartsFrame.setVisible(true);
  }

  /** The map at the top left, the Console to its right, the charts under the Console. */
  private void placeWindows(Controller controller) {
    map.frame().setLocation(0, 0);
    int right = map.frame().getWidth() + WINDOW_GAP;
    int below = WINDOW_GAP;
    if (controller instanceof JFrame console) {
      console.setLocation(right, 0);
      below += console.getHeight();
    }
    chartsFrame.setLocation(right, below);
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    chartsFrame.setSize(Math.min(chartsFrame.getWidth(), screen.width - right),
        Math.min(chartsFrame.getHeight(), screen.height - below));
  }

  @Override
  public void start() {
    adoptConsoleSeed();
    run.sim().setParams(edits.pending());
    super.start();
    run.attach();
    charts.clear();
    cadence.reset();
    running = true;
    if (map != null) {
      map.display().reset();
      map.display().repaint();
    }
  }

  @Override
  boolean stepDay() {
    boolean more = run.stepDay();
    if (cadence.dayPassed() || !more) {
      charts.update(run.charts());
    }
    return more;
  }

  @Override
  public void finish() {
    if (running) {
      charts.update(run.charts());
    }
    running = false;
    super.finish();
    run.detach();
  }

  @Override
  public void quit() {
    super.quit();
    if (map != null) {
      map.quit();
      chartsFrame.dispose();
    }
  }

  /** The Model tab (MASON's Console asks for it once, when it opens). */
  @Override
  public Inspector getInspector() {
    return new ModelInspector(modelLines, this);
  }

  /**
   * A seed typed into the Console's seed field becomes the scenario's seed; a seed set in the
   * Model tab stays unless the Console's field changes. Either way the model seeds itself from
   * its parameters, never from the clock.
   */
  private void adoptConsoleSeed() {
    long typed = state.seed();
    if (typed != lastConsoleSeed) {
      lastConsoleSeed = typed;
      try {
        edits.set("seed", typed);
      } catch (IllegalArgumentException e) {
        System.err.println("Console seed ignored: " + e.getMessage());
      }
    }
  }

  /** Sets how many simulated days pass between chart updates (at least 1). */
  public void setChartDays(int days) {
    cadence.setEveryDays(days);
  }

  /** Brings the charts up to date now (before a snapshot). Call holding the schedule's lock. */
  public void updateCharts() {
    charts.update(run.charts());
  }

  /** Policies switched by hand in the current (or last) run, for a saved run's manifest. */
  public List<PolicySwitch> policySwitches() {
    return run.switches();
  }

  public WatchedRun run() {
    return run;
  }

  public MapWindow map() {
    return map;
  }

  public MapSettings mapSettings() {
    return mapSettings;
  }

  public LiveCharts charts() {
    return charts;
  }

  public String scenarioName() {
    return scenarioName;
  }

  boolean running() {
    return running;
  }
}
