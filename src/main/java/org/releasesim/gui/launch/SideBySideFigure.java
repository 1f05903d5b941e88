package org.releasesim.gui.launch;

import java.awt.Color;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.releasesim.gui.view.ReleaseSimConsole;
import org.releasesim.gui.view.SideBySideCounts;
import org.releasesim.gui.view.SideBySideWithUI;
import org.releasesim.gui.watch.Headline;
import org.releasesim.gui.watch.HeatLayer;
import org.releasesim.gui.watch.PolicyPair;
import sim.display.Display2D;

/**
 * Figures of the side-by-side view for a class handout or a council's papers: opens the real
 * view (Console, both maps, the differences), steps both runs through the Console to a recorded
 * day, saves both maps side by side and the window of differences as PNG, optionally writes what
 * the view shows as JSON, and closes.
 */
public final class SideBySideFigure {
  private SideBySideFigure() {}

  /**
   * Runs the figure.
   *
   * @param request the day, the map's PNG (the differences go next to it with a {@code -charts}
   *     suffix), the counts' JSON and the map layer
   * @throws IOException if a file cannot be written
   */
  public static void run(PolicyPair pair, FigureRun.Request request, PrintWriter out)
      throws IOException, InterruptedException {
    SideBySideWithUI gui = new SideBySideWithUI(pair);
    gui.setLayer(HeatLayer.valueOf(request.layer()));
    ReleaseSimConsole console = FigureRun.onSwing(() -> {
      ReleaseSimConsole c = new ReleaseSimConsole(gui);
      c.setVisible(true);
      return c;
    });
    try {
      FigureRun.onSwing(() -> FigureRun.stepTo(console, gui.runA(), request.untilDay(),
          gui::updateCharts));
      // the charts and the table take their new values in Swing tasks queued by the update
      FigureRun.onSwing(() -> null);
      SideBySideCounts counts = FigureRun.onSwing(() -> save(gui, request, out));
      if (request.counts() != null) {
        counts.write(request.counts());
        out.println("Wrote " + request.counts());
      }
      SideBySideCounts.Outcome crimes = counts.outcomes().get(Headline.CRIMES.ordinal());
      out.println(String.format(Locale.ROOT, "%s: crimes since day 0 %,.0f under %s (A),"
          + " %,.0f under %s (B): B - A = %+,.0f", counts.dayLabel(), crimes.a(),
          pair.policyA(), crimes.b(), pair.policyB(), crimes.differenceShown()));
    } finally {
      FigureRun.onSwing(() -> {
        console.doClose();
        return null;
      });
    }
  }

  private static SideBySideCounts save(SideBySideWithUI gui, FigureRun.Request request,
      PrintWriter out) throws IOException {
    synchronized (gui.state.schedule) {
      if (request.screenshot() != null) {
        // the differences at their designed size, whatever room the screen left them (MASON
        // saves a map as the window shows it, so the maps keep the size they were given)
        gui.differences().pack();
        gui.differences().validate();
        Path maps = request.screenshot();
        ImageIO.write(sideBySide(snapshot(gui.mapA().display()),
            snapshot(gui.mapB().display())), "png", maps.toFile());
        Path differences = FigureRun.chartsFile(maps);
        ImageIO.write(picture(gui.differences().getContentPane()), "png",
            differences.toFile());
        out.println("Wrote " + maps + " and " + differences);
      }
      return SideBySideCounts.of(gui);
    }
  }

  /** The map as MASON saves it (the map and its legend, at the size shown). */
  private static BufferedImage snapshot(Display2D display) throws IOException {
    Path file = Files.createTempFile("release-sim-map", ".png");
    try {
      display.takeSnapshot(file.toFile(), Display2D.TYPE_PNG);
      return ImageIO.read(file.toFile());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
    int gap = 12;
    BufferedImage both = new BufferedImage(left.getWidth() + gap + right.getWidth(),
        Math.max(left.getHeight(), right.getHeight()), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, both.getWidth(), both.getHeight());
    g.drawImage(left, 0, 0, null);
    g.drawImage(right, left.getWidth() + gap, 0, null);
    g.dispose();
    return both;
  }

  /** A window's content as it is on the screen. */
  private static BufferedImage picture(Container content) {
    BufferedImage img = new BufferedImage(Math.max(1, content.getWidth()),
        Math.max(1, content.getHeight()), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    content.paintAll(g);
    g.dispose();
    return img;
  }
}
