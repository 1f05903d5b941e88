package org.releasesim.gui.view;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a column of legend lines top to bottom inside a box, with sizes relative to the box's
 * width so the legend scales with the display's zoom.
 */
final class TextColumn {
  private final Graphics2D g;
  private final double left;
  private final double width;
  private final double unit;
  private double y;

  TextColumn(Graphics2D g, Rectangle2D box) {
    this.g = g;
    this.unit = Math.max(8, Math.min(box.getWidth() / 22, 17));
    this.left = box.getX() + unit;
    this.width = box.getWidth() - 2 * unit;
    this.y = box.getY() + unit * 0.8;
  }

  Graphics2D graphics() {
    return g;
  }

  /** The base text size in pixels. */
  double unit() {
    return unit;
  }

  void line(String text, int style, double scale) {
    g.setFont(Palette.font(style, unit * scale));
    g.setColor(style == Font.BOLD ? Palette.INK : Palette.SOFT_INK);
    y += unit * scale * 1.25;
    g.drawString(text, (float) left, (float) y);
  }

  /** A paragraph wrapped to the column's width. */
  void wrapped(String text, double scale) {
    wrapped(text, Font.PLAIN, scale);
  }

  /** A heading wrapped to the column's width. */
  void wrappedBold(String text, double scale) {
    wrapped(text, Font.BOLD, scale);
  }

  private void wrapped(String text, int style, double scale) {
    g.setFont(Palette.font(style, unit * scale));
    for (String l : wrap(text, g.getFontMetrics(), width)) {
      line(l, style, scale);
    }
  }

  /** Text on the left and right of the column. */
  void pair(String leftText, String rightText, double scale) {
    line(leftText, Font.PLAIN, scale);
    FontMetrics m = g.getFontMetrics();
    g.setColor(Palette.INK);
    g.drawString(rightText, (float) (left + width - m.stringWidth(rightText)), (float) y);
  }

  /**
   * A line with room for a symbol on the left; returns the symbol's centre.
   */
  Point2D.Double swatchLine(String text, String count) {
    g.setFont(Palette.font(Font.PLAIN, unit * 0.9));
    y += unit * 1.2;
    g.setColor(Palette.INK);
    g.drawString(text, (float) (left + unit * 1.4), (float) y);
    FontMetrics m = g.getFontMetrics();
    g.drawString(count, (float) (left + width - m.stringWidth(count)), (float) y);
    return new Point2D.Double(left + unit * 0.55, y - unit * 0.3);
  }

  /** A full-width block {@code scale} units high, below the last line. */
  Rectangle2D.Double block(double scale) {
    y += unit * 0.4;
    Rectangle2D.Double r = new Rectangle2D.Double(left, y, width, unit * scale);
    y += unit * scale;
    return r;
  }

  void gap() {
    y += unit * 0.7;
  }

  static List<String> wrap(String text, FontMetrics m, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (m.stringWidth(tried) > width && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
