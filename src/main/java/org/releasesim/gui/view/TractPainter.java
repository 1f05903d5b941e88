package org.releasesim.gui.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.releasesim.gui.watch.HeatLayer;
import org.releasesim.gui.watch.MapLayout;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.Jurisdiction;

/** Draws the tracts as a heat map of the chosen layer, with each jurisdiction's title line. */
final class TractPainter {
  private TractPainter() {}

  /** @param range the colour scale (the map's own, or one shared with another map) */
  static void paint(Graphics2D g, MapTransform t, WatchedRun run, HeatLayer layer,
      HeatLayer.Range range) {
    MapLayout layout = run.layout();
    double[] values = layer.values(run);
    for (int tract = 0; tract < layout.tracts(); tract++) {
      Rectangle2D.Double r = t.rect(layout.tract(tract));
      g.setColor(colour(layer, range, values[tract]));
      g.fill(r);
    }
    if (t.scale() >= 6) {
      g.setColor(Palette.GRID_LINE);
      g.setStroke(new BasicStroke((float) Math.max(1, t.scale() / 60)));
      for (int tract = 0; tract < layout.tracts(); tract++) {
        g.draw(t.rect(layout.tract(tract)));
      }
    }
    for (Jurisdiction j : run.sim().jurisdictions()) {
      paintTitle(g, t, layout.title(j.index()), j, run);
    }
  }

  static Color colour(HeatLayer layer, HeatLayer.Range range, double value) {
    if (layer == HeatLayer.NONE) {
      return Palette.heat(0);
    }
    if (Double.isNaN(value)) {
      return Palette.NO_DATA;
    }
    double p = range.position(value);
    return Palette.heat(layer.lowIsNotable() ? 1 - p : p);
  }

  private static void paintTitle(Graphics2D g, MapTransform t, Rectangle2D box, Jurisdiction j,
      WatchedRun run) {
    Rectangle2D.Double r = t.rect(box);
    String policy = "policy: " + j.policyTimeline().policyAt(run.sim().schedule.getTime())
        .name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    double size = Math.min(r.height * 0.5, 22);
    // a smaller map (the side-by-side view draws two) shrinks the title to stay over its own map
    double width = titleWidth(g, j.name(), policy, size);
    if (width > r.width) {
      size *= r.width / width;
    }
    g.setFont(Palette.font(Font.BOLD, size));
    g.setColor(Palette.INK);
    float baseline = (float) (r.y + r.height * 0.68);
    g.drawString(j.name(), (float) r.x, baseline);
    float x = (float) (r.x + g.getFontMetrics().stringWidth(j.name()) + size * 0.6);
    g.setFont(Palette.font(Font.PLAIN, size * 0.8));
    g.setColor(Palette.SOFT_INK);
    g.drawString(policy, x, baseline);
  }

  private static double titleWidth(Graphics2D g, String name, String policy, double size) {
    return g.getFontMetrics(Palette.font(Font.BOLD, size)).stringWidth(name) + size * 0.6
        + g.getFontMetrics(Palette.font(Font.PLAIN, size * 0.8)).stringWidth(policy);
  }
}
