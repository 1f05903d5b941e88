package org.releasesim.gui.view;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.releasesim.gui.watch.DotState;
import org.releasesim.gui.watch.MapLayout;
import org.releasesim.gui.watch.PersonCensus;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.Population;

/**
 * Draws persons as dots in their home tracts, coloured by {@link DotState}: residents in the
 * community small and grey underneath, everyone in a notable state on top. Above
 * {@link WatchedRun#DRAW_LIMIT} persons it draws, per tract, how many are away or at large.
 */
final class PersonPainter {
  private PersonPainter() {}

  /** Dot radius in pixels: smaller where tracts are crowded. */
  static double radius(WatchedRun run, MapTransform t) {
    double perTract = Math.max(1, run.sim().population().size() / (double) run.layout().tracts());
    return Math.max(1.2, Math.min(4.5, 0.5 * t.scale() / Math.sqrt(perTract)));
  }

  static void paint(Graphics2D g, MapTransform t, WatchedRun run, DotSprites sprites) {
    if (run.drawsPersons()) {
      paintDots(g, t, run, sprites);
    } else {
      paintCounts(g, t, run);
    }
  }

  /** Residents in the community first, then everyone in a notable state on top of them. */
  private static void paintDots(Graphics2D g, MapTransform t, WatchedRun run,
      DotSprites sprites) {
    Population pop = run.sim().population();
    double r = radius(run, t);
    for (boolean community : new boolean[] {true, false}) {
      for (int p = 0; p < pop.size(); p++) {
        DotState s = DotState.of(pop, p);
        if ((s == DotState.COMMUNITY) == community && s != DotState.REMOVED) {
          BufferedImage dot = sprites.of(s, r);
          Point2D.Double at = t.point(run.layout().person(p, pop.tract(p)));
          g.drawImage(dot, (int) Math.round(at.x - dot.getWidth() / 2.0),
              (int) Math.round(at.y - dot.getHeight() / 2.0), null);
        }
      }
    }
  }

  /** Too many to draw: per tract, a count of those away from home or at large. */
  private static void paintCounts(Graphics2D g, MapTransform t, WatchedRun run) {
    PersonCensus census = run.census();
    MapLayout layout = run.layout();
    g.setFont(Palette.font(Font.PLAIN, Math.min(t.scale() * 0.22, 13)));
    for (int tract = 0; tract < layout.tracts(); tract++) {
      Rectangle2D.Double r = t.rect(layout.tract(tract));
      double x = r.x + r.width * 0.06;
      double h = r.height * 0.1;
      double y = r.y + r.height * 0.86;
      for (DotState s : DotState.values()) {
        long n = census.inTract(tract, s);
        if (s == DotState.COMMUNITY || s == DotState.REMOVED || n == 0) {
          continue;
        }
        double w = Math.min(r.width * 0.88, Math.max(2, Math.log10(1 + n) * r.width * 0.12));
        g.setColor(Palette.of(s));
        g.fill(new Rectangle2D.Double(x, y, Math.min(w, r.x + r.width * 0.94 - x), h));
        x += w;
      }
      if (t.scale() >= 90) {
        g.setColor(Palette.SOFT_INK);
        g.drawString(String.format("%,d away", away(census, tract)), (float) (r.x + r.width
            * 0.06), (float) (y - h * 0.4));
      }
    }
  }

  private static long away(PersonCensus census, int tract) {
    long n = 0;
    for (DotState s : DotState.values()) {
      n += s == DotState.COMMUNITY || s == DotState.REMOVED ? 0 : census.inTract(tract, s);
    }
    return n;
  }

  /** The drawn person nearest a pixel, within reach of a click, or -1. */
  static int personAt(WatchedRun run, MapTransform t, double px, double py) {
    if (!run.drawsPersons()) {
      return -1;
    }
    Population pop = run.sim().population();
    double reach = Math.max(4, radius(run, t) * 1.5);
    double best = reach * reach;
    int found = -1;
    for (int p = 0; p < pop.size(); p++) {
      if (DotState.of(pop, p) == DotState.REMOVED) {
        continue;
      }
      Point2D.Double at = t.point(run.layout().person(p, pop.tract(p)));
      double d = (at.x - px) * (at.x - px) + (at.y - py) * (at.y - py);
      if (d < best) {
        best = d;
        found = p;
      }
    }
    return found;
  }
}
