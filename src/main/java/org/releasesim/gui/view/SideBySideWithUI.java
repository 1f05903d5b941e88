package org.releasesim.gui.view;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JFrame;
import org.releasesim.gui.watch.ChartCadence;
import org.releasesim.gui.watch.GuiInfo;
import org.releasesim.gui.watch.HeatLayer;
import org.releasesim.gui.watch.MapSettings;
import org.releasesim.gui.watch.ModelProperty;
import org.releasesim.gui.watch.PolicyPair;
import org.releasesim.gui.watch.ScenarioEdits;
import org.releasesim.gui.watch.WatchedRun;
import sim.display.Controller;
import sim.portrayal.Inspector;

/**
 * Two runs of one scenario under one Console, stepping together a day at a time: run A (the
 * left map) under one policy and run B (the right map) under another, with the same seed, so
 * that they differ only through the policy (common random numbers, as {@code compare} pairs its
 * runs). A third window shows B minus A in the headline outcomes. MASON's Console drives one
 * model, run A; each step moves run B on by the same day, holding A's schedule lock, which every
 * display paints under.
 */
public final class SideBySideWithUI extends DayGuiState {
  private static final int WINDOW_GAP = 10;

  private final PolicyPair pair;
  private final WatchedRun a;
  private final WatchedRun b;
  private final ScenarioEdits editsA;
  private final ScenarioEdits editsB;
  private final MapSettings mapSettingsA = new MapSettings();
  private final MapSettings mapSettingsB = new MapSettings();
  private final ChartCadence cadence = new ChartCadence(ReleaseSimWithUI.DEFAULT_CHART_DAYS);
  private final DifferenceCharts charts;
  private final List<ModelProperty> modelLines;
  private long lastConsoleSeed;
  private volatile boolean running;
  private MapWindow mapA;
  private MapWindow mapB;
  private JFrame differences;

  public SideBySideWithUI(PolicyPair pair) {
    this(new WatchedRun(pair.a()), pair);
  }

  private SideBySideWithUI(WatchedRun a, PolicyPair pair) {
    super(a.sim());
    this.pair = pair;
    this.a = a;
    this.b = new WatchedRun(pair.b());
    this.editsA = new ScenarioEdits(pair.a());
    this.editsB = new ScenarioEdits(pair.b());
    this.charts = new DifferenceCharts(pair.policyA(), pair.policyB());
    // one colour scale for both maps: the same colour is the same number on either
    mapSettingsA.shareScaleWith(List.of(b));
    mapSettingsB.shareScaleWith(List.of(a));
    this.lastConsoleSeed = state.seed();
    this.modelLines = modelLines();
  }

  /** The name MASON's Console shows. */
  public static String getName() {
    return "release-sim: two policies side by side";
  }

  /** The Console's About tab. */
  public static Object getInfo() {
    return GuiInfo.SIDE_BY_SIDE_HTML;
  }

  @Override
  public void init(Controller controller) {
    super.init(controller);
    mapA = new MapWindow(this, a, mapSettingsA, "A: " + DifferenceCharts.plain(pair.policyA()),
        pair.a());
    mapB = new MapWindow(this, b, mapSettingsB, "B: " + DifferenceCharts.plain(pair.policyB()),
        pair.b());
    differences = DifferenceFrame.create(charts, cadence, pair);
    for (JFrame f : new JFrame[] {mapA.frame(), mapB.frame(), differences}) {
      controller.registerFrame(f);
    }
    placeWindows(controller);
    for (JFrame f : new JFrame[] {mapA.frame(), mapB.frame(), differences}) {
      f.setVisible(true);
    }
  }

  /**
   * The two maps side by side across the top (drawn smaller when two full-size maps would not
   * fit), the Console under A's map and the differences under B's.
   */
  private void placeWindows(Controller controller) {
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    JFrame frame = mapA.frame();
    double scale = Math.min(1, Math.min((screen.width - WINDOW_GAP) / 2.0 / frame.getWidth(),
        screen.height * 0.45 / frame.getHeight()));
    mapA.scale(scale);
    mapB.scale(scale);
    mapA.frame().setLocation(screen.x, screen.y);
    mapB.frame().setLocation(screen.x + mapA.frame().getWidth() + WINDOW_GAP, screen.y);
    int below = screen.y + mapA.frame().getHeight() + WINDOW_GAP;
    int right = screen.x;
    if (controller instanceof JFrame console) {
      console.setLocation(screen.x, below);
      right += console.getWidth() + WINDOW_GAP;
    }
    differences.setLocation(right, below);
    differences.setSize(Math.min(differences.getWidth(), screen.x + screen.width - right),
        Math.min(differences.getHeight(), screen.y + screen.height - below));
  }

  @Override
  public void start() {
    adoptConsoleSeed();
    a.sim().setParams(editsA.pending());
    b.sim().setParams(editsB.pending());
    super.start();
    b.sim().start();
    a.attach();
    b.attach();
    charts.clear();
    cadence.reset();
    running = true;
    if (mapA != null) {
      for (MapWindow m : new MapWindow[] {mapA, mapB}) {
        m.display().reset();
        m.display().repaint();
      }
    }
  }

  @Override
  boolean stepDay() {
    boolean moreA = a.stepDay();
    boolean moreB = b.stepDay();
    if (cadence.dayPassed() || !moreA) {
      charts.update(a.headlines(), b.headlines());
    }
    return moreA && moreB;
  }

  @Override
  public void finish() {
    if (running) {
      charts.update(a.headlines(), b.headlines());
    }
    running = false;
    super.finish();
    b.sim().finish();
    a.detach();
    b.detach();
  }

  @Override
  public void quit() {
    super.quit();
    if (mapA != null) {
      mapA.quit();
      mapB.quit();
      differences.dispose();
    }
  }

  /** The Model tab: the day, the seed both runs use, and which policy each run has. */
  @Override
  public Inspector getInspector() {
    return new ModelInspector(modelLines, this);
  }

  private List<ModelProperty> modelLines() {
    return List.of(
        ModelProperty.readOnly("Day", "Simulated days after the warm-up.",
            () -> running ? a.dayLabel() : "not started"),
        new ModelProperty("Seed", long.class, null, "The seed both runs use: the same seed"
            + " gives both the same people and the same luck, so they differ only through"
            + " the policy. <i>Takes effect when the runs next start.</i>",
            editsA::seed, value -> {
              editsA.set("seed", value);
              editsB.set("seed", value);
            }),
        ModelProperty.readOnly("A (left map)", "The policy of every jail in run A.",
            pair::policyA),
        ModelProperty.readOnly("B (right map)", "The policy of every jail in run B.",
            pair::policyB));
  }

  /** A seed typed into the Console's seed field becomes both runs' seed at the next start. */
  private void adoptConsoleSeed() {
    long typed = state.seed();
    if (typed != lastConsoleSeed) {
      lastConsoleSeed = typed;
      try {
        editsA.set("seed", typed);
        editsB.set("seed", typed);
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
    charts.update(a.headlines(), b.headlines());
  }

  PolicyPair pair() {
    return pair;
  }

  public WatchedRun runA() {
    return a;
  }

  WatchedRun runB() {
    return b;
  }

  public MapWindow mapA() {
    return mapA;
  }

  public MapWindow mapB() {
    return mapB;
  }

  /** Shows {@code layer} on both maps. */
  public void setLayer(HeatLayer layer) {
    mapSettingsA.setLayer(layer);
    mapSettingsB.setLayer(layer);
  }

  DifferenceCharts charts() {
    return charts;
  }

  public JFrame differences() {
    return differences;
  }
}
