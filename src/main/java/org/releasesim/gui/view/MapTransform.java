package org.releasesim.gui.view;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Map units to pixels: the layout scaled uniformly to fit the area MASON gives the portrayal
 * (which already includes the display's zoom), and centred in it.
 *
 * @param scale pixels per map unit (the side of one tract)
 * @param x0 pixel x of map x = 0
 * @param y0 pixel y of map y = 0
 */
record MapTransform(double scale, double x0, double y0) {

  /**
   * The largest uniform scale at which a {@code width} x {@code height} map, with a margin of
   * {@code margin} map units all round, fits {@code area}; the map is centred.
   */
  static MapTransform fit(Rectangle2D area, double width, double height, double margin) {
    double s = Math.min(area.getWidth() / (width + 2 * margin),
        area.getHeight() / (height + 2 * margin));
    return new MapTransform(s, area.getX() + (area.getWidth() - s * width) / 2,
        area.getY() + (area.getHeight() - s * height) / 2);
  }

  double x(double mapX) {
    return x0 + mapX * scale;
  }

  double y(double mapY) {
    return y0 + mapY * scale;
  }

  Rectangle2D.Double rect(Rectangle2D r) {
    return new Rectangle2D.Double(x(r.getX()), y(r.getY()), r.getWidth() * scale,
        r.getHeight() * scale);
  }

  Point2D.Double point(Point2D p) {
    return new Point2D.Double(x(p.getX()), y(p.getY()));
  }

  /** The map point under a pixel. */
  Point2D.Double toMap(double px, double py) {
    return new Point2D.Double((px - x0) / scale, (py - y0) / scale);
  }
}
