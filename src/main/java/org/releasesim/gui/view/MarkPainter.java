package org.releasesim.gui.view;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import org.releasesim.gui.watch.RecentMarks;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.ModelEvent;

/**
 * Draws the brief marks left where a crime (a dark red ring), an at-large operation (a blue
 * ring) or a collateral arrest (a magenta cross) happened; each fades over
 * {@link RecentMarks#FADE_DAYS} days. Crimes are marked only where persons are drawn one by one.
 */
final class MarkPainter {
  private MarkPainter() {}

  static void paint(Graphics2D g, MapTransform t, WatchedRun run, double dotRadius) {
    double now = run.reached();
    for (ModelEvent e : run.events().marks().visible()) {
      double strength = RecentMarks.strength(e.day(), now);
      // a large county's hundreds of daily crimes would bury the map: its heat layer shows them
      if (strength <= 0 || (e.kind() == ModelEvent.Kind.OFFENCE && !run.drawsPersons())) {
        continue;
      }
      Point2D.Double at = t.point(run.layout().person(e.person(), e.tract()));
      mark(g, e.kind(), at, Math.max(3, dotRadius) * 2.2, strength);
    }
  }

  /**
   * One mark at full or partial strength (the legend draws them at full strength); a fading
   * mark widens a little as it fades.
   *
   * @param size radius of a new crime's ring, in pixels
   */
  static void mark(Graphics2D g, ModelEvent.Kind kind, Point2D.Double at, double size,
      double strength) {
    double r = size * (1 + 0.55 * (1 - strength));
    switch (kind) {
      case OFFENCE -> ring(g, at, r, Palette.fade(Palette.CRIME_MARK, strength), 1.4f);
      case AT_LARGE_OPERATION -> ring(g, at, r * 1.6, Palette.fade(Palette.OPERATION_MARK,
          strength), 2.6f);
      case COLLATERAL_ARREST -> cross(g, at, r, strength);
      default -> {
        // not marked
      }
    }
  }

  private static void ring(Graphics2D g, Point2D.Double at, double r, java.awt.Color c,
      float width) {
    g.setColor(c);
    g.setStroke(new BasicStroke(width));
    g.draw(new Ellipse2D.Double(at.x - r, at.y - r, 2 * r, 2 * r));
  }

  private static void cross(Graphics2D g, Point2D.Double at, double r, double strength) {
    g.setColor(Palette.fade(Palette.COLLATERAL_MARK, strength));
    g.setStroke(new BasicStroke(2.4f));
    double d = r * 0.8;
    g.draw(new Line2D.Double(at.x - d, at.y - d, at.x + d, at.y + d));
    g.draw(new Line2D.Double(at.x - d, at.y + d, at.x + d, at.y - d));
  }
}
