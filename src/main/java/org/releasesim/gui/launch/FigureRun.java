package org.releasesim.gui.launch;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.releasesim.gui.view.ReleaseSimConsole;
import org.releasesim.gui.view.ReleaseSimWithUI;
import org.releasesim.gui.watch.DisplayedCounts;
import org.releasesim.gui.watch.HeatLayer;
import org.releasesim.gui.watch.RunSummary;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.param.ScenarioParams;
import sim.display.Display2D;

/**
 * Figures for papers: opens the real GUI (Console, map, charts) on a display no person needs to
 * watch, steps it through the Console to a recorded day, saves the map and the charts as PNG,
 * optionally writes the counts shown next to the model's, and closes.
 */
public final class FigureRun {
  private static final int CHART_COLUMNS = 3;
  private static final int CHART_WIDTH = 560;
  private static final int CHART_HEIGHT = 380;

  private FigureRun() {}

  /** Names of the heat-map layers, for {@code --layer}. */
  public static java.util.List<String> layers() {
    return java.util.Arrays.stream(HeatLayer.values()).map(Enum::name).toList();
  }

  /**
   * What to produce.
   *
   * @param untilDay recorded days after the warm-up to run to (past the horizon: the end)
   * @param screenshot the map's PNG (the charts go next to it with a {@code -charts} suffix), or
   *     null
   * @param counts the counts' JSON file, or null
   * @param layer the heat map's layer, by {@link HeatLayer} name
   */
  public record Request(int untilDay, Path screenshot, Path counts, String layer) {}

  /**
   * Runs the figure and returns true if the counts shown matched the model's.
   *
   * @throws IOException if a file cannot be written
   */
  public static boolean run(ScenarioParams params, String scenarioName, Request request,
      PrintWriter out) throws IOException, InterruptedException {
    ReleaseSimWithUI gui = new ReleaseSimWithUI(params, scenarioName);
    gui.mapSettings().setLayer(HeatLayer.valueOf(request.layer()));
    ReleaseSimConsole console = onSwing(() -> {
      ReleaseSimConsole c = new ReleaseSimConsole(gui);
      c.setVisible(true);
      return c;
    });
    try {
      onSwing(() -> stepTo(console, gui.run(), request.untilDay(), gui::updateCharts));
      onSwing(() -> null);
      DisplayedCounts counts = onSwing(() -> save(gui, request, out));
      if (request.counts() != null) {
        counts.write(request.counts(), gui.run(), scenarioName);
        out.println("Wrote " + request.counts());
      }
      out.println(gui.run().dayLabel() + ": " + counts.shown().get("jail_population")
          .longValue() + " in jail, " + counts.shown().get("crimes_since_warmup").longValue()
          + " crimes since the warm-up; counts shown "
          + (counts.allMatch() ? "match" : "DO NOT match") + " the model's");
      return counts.allMatch();
    } finally {
      onSwing(() -> {
        console.doClose();
        return null;
      });
    }
  }

  /**
   * Starts the run paused, then presses step with as many days per press as needed, and brings
   * the charts up to date.
   *
   * @param run the run whose calendar counts the days
   * @param updateCharts called holding the schedule's lock once the day is reached
   */
  static Void stepTo(ReleaseSimConsole console, WatchedRun run, int untilDay,
      Runnable updateCharts) {
    console.pressPause();
    int steps = run.clock().stepsUntil(run.reached(), untilDay);
    if (steps > 0) {
      console.setNumStepsPerStepButtonPress(steps);
      console.pressPlay();
    }
    synchronized (run.sim().schedule) {
      updateCharts.run();
    }
    return null;
  }

  private static DisplayedCounts save(ReleaseSimWithUI gui, FigureRun.Request request,
      PrintWriter out) throws IOException {
    synchronized (gui.state.schedule) {
      if (request.screenshot() != null) {
        File map = request.screenshot().toFile();
        gui.map().display().takeSnapshot(map, Display2D.TYPE_PNG);
        Path chartsFile = chartsFile(request.screenshot());
        BufferedImage charts = gui.charts().image(CHART_COLUMNS, CHART_WIDTH, CHART_HEIGHT,
            gui.scenarioName() + ": " + gui.run().dayLabel(), RunSummary.lines(gui.run()));
        ImageIO.write(charts, "png", chartsFile.toFile());
        out.println("Wrote " + map + " and " + chartsFile);
      }
      return DisplayedCounts.of(gui.run());
    }
  }

  /** {@code map.png} -> {@code map-charts.png}. */
  static Path chartsFile(Path screenshot) {
    String name = screenshot.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : ".png";
    return screenshot.resolveSibling(stem + "-charts" + ext);
  }

  /** Work that must run on the Swing thread, with its result or its exception. */
  @FunctionalInterface
  interface SwingWork<T> {
    T run() throws IOException;
  }

  static <T> T onSwing(SwingWork<T> work) throws IOException, InterruptedException {
    Object[] result = new Object[1];
    try {
      SwingUtilities.invokeAndWait(() -> {
        try {
          result[0] = work.run();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.io.UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
    @SuppressWarnings("unchecked")
    T t = (T) result[0];
    return t;
  }
}
