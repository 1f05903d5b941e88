package org.releasesim.output.sweep;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.ChartFile;

/**
 * Writes a sweep chart as PNG (for the report) and SVG (for papers), each atomically. The SVG
 * ids get a fixed prefix: JFreeSVG's default holds the time, which would make identical charts
 * differ between runs.
 */
final class SweepImages {
  private static final String SVG_ID_PREFIX = "sw";

  private SweepImages() {}

  static ChartFile write(Path dir, String id, String caption, JFreeChart chart, int width,
      int height) throws IOException {
    Path png = dir.resolve(id + ".png");
    Path svg = dir.resolve(id + ".svg");
    AtomicFiles.writeStream(png, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(SVG_ID_PREFIX);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    AtomicFiles.writeString(svg, g2.getSVGDocument());
    String title = chart.getTitle() == null ? id : chart.getTitle().getText();
    return new ChartFile(id, title, caption, png, svg);
  }

  /** A file-name fragment for an outcome or factor name. */
  static String slug(String name) {
    String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_|_$", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
