package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartImages;

/**
 * Writes a sweep chart as PNG (for the report) and SVG (for papers), through the same writer as
 * a run's charts (atomic files, stable SVG ids, axis labels kept as text).
 */
final class SweepImages {
  private SweepImages() {}

  static ChartFile write(Path dir, String id, String caption, JFreeChart chart, int width,
      int height) throws IOException {
    String title = chart.getTitle() == null ? id : chart.getTitle().getText();
    return ChartImages.write(dir, id, title, caption, chart, width, height);
  }

  /** A file-name fragment for an outcome or factor name. */
  static String slug(String name) {
    String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_|_$", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
