package org.releasesim.gui.view;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioReader;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Measures how smoothly the GUI plays (not a test): opens the Console on a scenario, presses
 * play, and counts the map's repaints and the days stepped over a stretch of wall time; then
 * saves a picture of the whole screen. Run it on a display, for example:
 * {@code xvfb-run -a -s "-screen 0 1280x1024x24" java -cp CLASSPATH
 * org.releasesim.gui.view.FrameRateProbe scenarios/small-teaching.yaml 10 screen.png}.
 */
public final class FrameRateProbe {
  private FrameRateProbe() {}

  public static void main(String[] args) throws Exception {
    LoadedScenario s = new ScenarioReader().read(Path.of(args[0]), List.of());
    long seconds = Long.parseLong(args[1]);
    ReleaseSimWithUI gui = new ReleaseSimWithUI(s.params(), s.name());
    AtomicLong frames = new AtomicLong();
    ReleaseSimConsole[] console = new ReleaseSimConsole[1];
    SwingUtilities.invokeAndWait(() -> {
      console[0] = new ReleaseSimConsole(gui);
      console[0].setVisible(true);
      gui.map().display().attach(new FieldPortrayal2D() {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
          frames.incrementAndGet();
        }
      }, "frame counter");
      console[0].pressPlay();
    });
    Thread.sleep(3000);
    double day0 = gui.run().reached();
    long f0 = frames.get();
    long t0 = System.nanoTime();
    Thread.sleep(seconds * 1000);
    double days = gui.run().reached() - day0;
    long shown = frames.get() - f0;
    double wall = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%d persons drawn: %.1f frames/s, %.1f simulated days/s (%s)%n",
        gui.run().sim().population().size(), shown / wall, days / wall, gui.run().dayLabel());
    SwingUtilities.invokeAndWait(() -> console[0].pressPause());
    if (args.length > 2) {
      Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
      ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(args[2]));
    }
    SwingUtilities.invokeAndWait(() -> console[0].doClose());
    System.exit(0);
  }
}
