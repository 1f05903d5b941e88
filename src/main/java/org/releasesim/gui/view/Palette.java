package org.releasesim.gui.view;

import java.awt.Color;
import java.awt.Font;
import org.releasesim.gui.watch.DotState;

/**
 * Colours and fonts of the map and legend. States use the Okabe-Ito palette, which stays
 * distinguishable for readers with colour-vision deficiencies; the heat map uses one pale hue so
 * the dots stay readable on top of it.
 */
final class Palette {
  static final Color BACKGROUND = new Color(252, 252, 250);
  static final Color INK = new Color(33, 33, 33);
  static final Color SOFT_INK = new Color(100, 100, 100);
  static final Color GRID_LINE = new Color(255, 255, 255);
  static final Color NO_DATA = new Color(235, 235, 235);
  static final Color BOX = new Color(245, 243, 238);
  static final Color BOX_EDGE = new Color(120, 120, 120);
  static final Color OFFICER = new Color(0, 60, 120);
  static final Color CRIME_MARK = new Color(170, 0, 0);
  static final Color OPERATION_MARK = new Color(0, 90, 160);
  static final Color COLLATERAL_MARK = new Color(190, 0, 150);
  private static final Color HEAT_LOW = new Color(247, 250, 244);
  private static final Color HEAT_HIGH = new Color(84, 160, 104);

  private Palette() {}

  /** The colour of a person's dot. */
  static Color of(DotState s) {
    return switch (s) {
      case COMMUNITY -> new Color(140, 140, 140);
      case WANTED_AT_LARGE -> new Color(213, 94, 0);
      case PRETRIAL -> new Color(230, 159, 0);
      case SENTENCED -> new Color(204, 121, 167);
      case DETAINER_HOLD -> new Color(20, 20, 20);
      case ICE_CUSTODY -> new Color(0, 114, 178);
      case PRISON -> new Color(120, 80, 40);
      case REMOVED -> new Color(200, 200, 200);
    };
  }

  /** The heat map's colour at a position from 0 (low) to 1 (notable). */
  static Color heat(double position) {
    double p = Math.max(0, Math.min(1, position));
    return new Color(mix(HEAT_LOW.getRed(), HEAT_HIGH.getRed(), p),
        mix(HEAT_LOW.getGreen(), HEAT_HIGH.getGreen(), p),
        mix(HEAT_LOW.getBlue(), HEAT_HIGH.getBlue(), p));
  }

  /** A colour made more transparent: alpha from 0 to 1. */
  static Color fade(Color c, double alpha) {
    int a = (int) Math.round(255 * Math.max(0, Math.min(1, alpha)));
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
  }

  /** The sans-serif font at a size in pixels. */
  static Font font(int style, double size) {
    return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) Math.max(6, size));
  }

  private static int mix(int a, int b, double p) {
    return (int) Math.round(a + (b - a) * p);
  }
}
