package org.releasesim.output.discovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.discovery.Box;
import org.releasesim.experiment.discovery.Dimension;
import org.releasesim.experiment.discovery.Limit;
import org.releasesim.experiment.discovery.PrimBox;
import org.releasesim.experiment.discovery.PrimData;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.CsvNumbers;

/**
 * The tables of a discovery: {@value #PEELING}, every box of the peeling trajectory (and the
 * pasted box, if any) with its figures; {@value #BOX}, the chosen box per input with the data's
 * full range, its centre and the quasi-p-value of each restriction. Numbers are written by
 * {@link CsvNumbers}, so the bytes do not depend on the machine.
 */
public final class DiscoveryFiles {
  public static final String PEELING = "peeling.csv";
  public static final String BOX = "box.csv";

  private DiscoveryFiles() {}

  /**
   * @param pasted the chosen box after pasting, or null without pasting
   * @param chosen the index of the chosen box in the trajectory
   */
  public static void writePeeling(Path file, PrimData data, List<PrimBox> trajectory,
      int chosen, PrimBox pasted) throws IOException {
    StringBuilder out = new StringBuilder(
        "box,stage,coverage,density,mass,rows,hits,restricted,chosen\n");
    for (PrimBox b : trajectory) {
      out.append(line(data, b, "peel", pasted == null && b.index() == chosen));
    }
    if (pasted != null) {
      out.append(line(data, pasted, "paste", true));
    }
    AtomicFiles.writeString(file, out.toString());
  }

  /**
   * @param centre per input, the box centre's value as the scenario takes it
   * @param quasiP per input, the quasi-p-value of its restriction (NaN where unrestricted)
   */
  public static void writeBox(Path file, PrimData data, PrimBox box, List<String> centre,
      double[] quasiP) throws IOException {
    Box full = data.fullBox();
    StringBuilder out = new StringBuilder("parameter,kind,restricted,lower,upper,range_lower,"
        + "range_upper,categories,all_categories,centre,quasi_p\n");
    for (int d = 0; d < data.dimensions().size(); d++) {
      Dimension dim = data.dimensions().get(d);
      Limit limit = box.box().limits().get(d);
      List<String> cells = new ArrayList<>();
      cells.add(dim.name());
      cells.add(dim.categorical() ? "categorical" : "numeric");
      cells.add(Boolean.toString(box.restricted().contains(d)));
      if (limit instanceof Limit.Interval i) {
        Limit.Interval all = (Limit.Interval) full.limits().get(d);
        cells.addAll(List.of(CsvNumbers.format(i.lower()), CsvNumbers.format(i.upper()),
            CsvNumbers.format(all.lower()), CsvNumbers.format(all.upper()), "", ""));
      } else {
        Limit.Categories c = (Limit.Categories) limit;
        cells.addAll(List.of("", "", "", "", String.join(";",
            c.allowed().stream().map(dim.categories()::get).toList()),
            String.join(";", dim.categories())));
      }
      cells.add(centre.get(d));
      cells.add(CsvNumbers.format(quasiP[d]));
      out.append(csvLine(cells));
    }
    AtomicFiles.writeString(file, out.toString());
  }

  /** The names of a box's restricted inputs, as listed in the files and on screen. */
  public static String restricted(PrimData data, PrimBox box) {
    return String.join("; ", box.restricted().stream()
        .map(d -> data.dimensions().get(d).name()).toList());
  }

  private static String line(PrimData data, PrimBox b, String stage, boolean chosen) {
    return csvLine(List.of(Integer.toString(b.index()), stage, CsvNumbers.format(b.coverage()),
        CsvNumbers.format(b.density()), CsvNumbers.format(b.mass()), Integer.toString(b.rows()),
        Integer.toString(b.hits()), restricted(data, b), Boolean.toString(chosen)));
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
  private static String csvLine(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      quoted.add(c.matches("(?s).*[,\"\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return String.join(",", quoted) + "\n";
  }
}
