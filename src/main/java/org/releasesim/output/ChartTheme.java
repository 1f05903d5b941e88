package org.releasesim.output;

import java.awt.Color;
import java.awt.Font;

/**
 * The look every chart shares, run charts and sweep charts alike: the Okabe-Ito colourblind-safe
 * palette, a light grid, and font sizes readable when a chart is shrunk onto a slide or a page.
 */
public final class ChartTheme {
  public static final Color GRID = new Color(0xDDDDDD);
  public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  public static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

  private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00),
      new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xE69F00),
      new Color(0x000000), new Color(0xF0E442)};

  private ChartTheme() {}

  /** Series colour {@code i}, cycling through the palette. */
  public static Color colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  /** How many distinct colours the palette has. */
  public static int colours() {
    return PALETTE.length;
  }
}
