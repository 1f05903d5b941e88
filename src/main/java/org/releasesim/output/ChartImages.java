package org.releasesim.output;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG and SVG, each atomically. */
public final class ChartImages {
  /**
   * Prefix for the ids JFreeSVG gives clip paths and gradients. Its default contains the time,
   * which would make every SVG differ between runs with identical data.
   */
  private static final String SVG_ID_PREFIX = "rs";

  private ChartImages() {}

  /** Write {@code <dir>/<id>.png} and {@code <dir>/<id>.svg}, {@code width} x {@code height}. */
  public static ChartFile write(Path dir, String id, String title, String caption,
      JFreeChart chart,
      int width, int height) throws IOException {
    Path png = dir.resolve(id + ".png");
    Path svg = dir.resolve(id + ".svg");
    AtomicFiles.writeStream(png, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    AtomicFiles.writeString(svg, svgDocument(chart, width, height));
    return new ChartFile(id, title, caption, png, svg);
  }

  /**
   * The chart as an SVG document. JFreeChart draws rotated text (the vertical axis label) as
   * glyph outlines unless its old JDK workaround is switched off; with it off the label stays
   * text, which can be searched and edited. The switch is global, so it is restored at once.
   */
  private static synchronized String svgDocument(JFreeChart chart, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(SVG_ID_PREFIX);
    boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
    TextUtils.setUseDrawRotatedStringWorkaround(false);
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      TextUtils.setUseDrawRotatedStringWorkaround(workaround);
    }
    return g2.getSVGDocument();
  }
}
