package org.releasesim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.discovery.Dimension;
import org.releasesim.experiment.discovery.Limit;
import org.releasesim.experiment.discovery.PrimBox;
import org.releasesim.experiment.discovery.PrimData;
import org.releasesim.experiment.discovery.RowCondition;
import org.releasesim.output.CsvNumbers;
import org.releasesim.output.discovery.DiscoverySource;

/** The short account of a discovery printed to the terminal: the chosen box, input by input. */
public final class DiscoveryPrinter {
  private DiscoveryPrinter() {}

  public static void print(PrintWriter out, DiscoverySource source, PrimData data,
      RowCondition condition, List<PrimBox> trajectory, int chosen, PrimBox pasted,
      double[] quasiP, String why, Path scenario, Path dir) {
    PrimBox box = pasted != null ? pasted : trajectory.get(chosen);
    out.printf(Locale.ROOT, "%s: \"%s\" holds in %d of %d rows (%s%%).%n", source.name(),
        condition.text(), data.hits(), data.rows(), fmt(100.0 * data.hits() / data.rows()));
    out.printf(Locale.ROOT, "PRIM: %d boxes in the peeling trajectory (peeling.csv); box %d (%s)%s:"
        + " coverage %s, density %s, mass %s.%n", trajectory.size(), chosen, why,
        pasted != null ? ", pasted" : "", fmt(box.coverage()), fmt(box.density()),
        fmt(box.mass()));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"input", "box", "full range", "quasi-p"});
    for (int d = 0; d < data.dimensions().size(); d++) {
      Dimension dim = data.dimensions().get(d);
      boolean restricted = box.restricted().contains(d);
      rows.add(new String[] {dim.name(),
          restricted ? text(dim, box.box().limits().get(d)) : "(not restricted)",
          text(dim, data.fullBox().limits().get(d)), restricted ? fmt(quasiP[d]) : ""});
    }
    int[] width = new int[3];
    for (String[] r : rows) {
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      out.println(("  " + pad(r[0], width[0]) + "  " + pad(r[1], width[1]) + "  "
          + pad(r[2], width[2]) + "  " + r[3]).stripTrailing());
    }
    if (scenario != null) {
      out.println("Box centre as a scenario: " + scenario + " (release-sim run " + scenario
          + ")");
    }
    out.println("Results in " + dir);
    out.flush();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String text(Dimension dim, Limit limit) {
    if (limit instanceof Limit.Interval i) {
      return "[" + fmt(i.lower()) + ", " + fmt(i.upper()) + "]";
    }
    return String.join(", ", ((Limit.Categories) limit).allowed().stream()
        .map(dim.categories()::get).toList());
  }

  /** Four significant digits: enough to read, the files keep every digit. */
  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return CsvNumbers.format(Double.parseDouble(String.format(Locale.ROOT, "%.4g", v)));
  }
}
