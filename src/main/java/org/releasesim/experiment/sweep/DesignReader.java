package org.releasesim.experiment.sweep;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.experiment.design.FactorDomain;
import org.releasesim.scenario.InputFiles;
import org.releasesim.scenario.UserText;
import org.releasesim.scenario.Utf8Text;
import org.releasesim.scenario.YamlNode;

/** Reads the {@code design:} of a sweep file, including the points of a points design. */
final class DesignReader {
  private static final Map<String, List<String>> KEYS = Map.of(
      "factorial", List.of("type"),
      "points", List.of("type", "points", "pointsFile"),
      "latin-hypercube", List.of("type", "samples"),
      "morris", List.of("type", "trajectories", "levels"),
      "sobol", List.of("type", "samples"));
  private static final int MAX_SAMPLES = 1_000_000;

  private DesignReader() {}

  /**
   * The design.
   *
   * @param maxPoints most points the design may list (the run limit over the replications), so
   *     a huge points file is refused while it is read, not after
   */
  static DesignSpec read(YamlFields top, List<FactorSpec> factors, Path file, long maxPoints) {
    YamlFields d = top.child("design", top.required("design", "the design, such as design:"
        + " {type: factorial}; types: " + String.join(", ", DesignSpec.TYPES)));
    String type = d.text("type", "");
    if (!KEYS.containsKey(type)) {
      throw new SweepException(d.where() + ": design.type is '" + UserText.quote(type)
          + "'; allowed: "
          + String.join(", ", DesignSpec.TYPES) + ".");
    }
    d.allowOnly(KEYS.get(type));
    int samples = type.equals("latin-hypercube") || type.equals("sobol")
        ? (int) d.whole("samples", -1, 2, MAX_SAMPLES) : 0;
    if (samples < 0) {
      throw new SweepException(d.where() + ": missing key design.samples: how many samples the "
          + type + " design draws (such as samples: 64).");
    }
    int trajectories = type.equals("morris") ? (int) d.whole("trajectories", 10, 2, 10_000) : 0;
    int levels = type.equals("morris") ? (int) d.whole("levels", 4, 2, 100) : 0;
    if (levels % 2 != 0) {
      throw d.error(d.node("levels").orElseThrow(), "design.levels is " + levels + "; Morris"
          + " levels must be even (4, 6, 8...), so that every step stays on the grid");
    }
    List<List<String>> rows = type.equals("points") ? points(d, factors, file, maxPoints)
        : List.of();
    if (type.equals("factorial")) {
      for (FactorSpec f : factors) {
        if (f.domain() instanceof FactorDomain.Range) {
          throw new SweepException(f.where() + ": factor " + UserText.quote(f.name())
              + " has a range, but a"
              + " factorial design needs values: [...] (or use latin-hypercube, morris or sobol"
              + " for ranges).");
        }
      }
    }
    return new DesignSpec(type, samples, trajectories, levels, rows, d.where());
  }

  private static List<List<String>> points(YamlFields d, List<FactorSpec> factors, Path file,
      long maxPoints) {
    boolean inline = d.node("points").isPresent();
    boolean fromFile = d.node("pointsFile").isPresent();
    if (inline == fromFile) {
      throw new SweepException(d.where() + ": a points design needs exactly one of points:"
          + " (a list, one mapping of factor name to value per point) or pointsFile: (a CSV"
          + " file with one column per factor).");
    }
    List<String> names = factors.stream().map(FactorSpec::name).toList();
    List<List<String>> rows = inline ? inlinePoints(d, names)
        : csvPoints(file.toAbsolutePath().getParent().resolve(d.text("pointsFile", "")), names,
            maxPoints);
    if (rows.isEmpty()) {
      throw new SweepException(d.where() + ": the points design lists no points.");
    }
    return rows;
  }

  private static List<List<String>> inlinePoints(YamlFields d, List<String> names) {
    List<List<String>> rows = new ArrayList<>();
    for (YamlNode item : d.list("points")) {
      List<String> row = new ArrayList<>();
      if (item instanceof YamlNode.Sequence sequence) {
        for (YamlNode value : sequence.items()) {
          row.add(d.scalar("points", value));
        }
      } else if (item instanceof YamlNode.Mapping) {
        YamlFields point = d.child("points[" + rows.size() + "]", item);
        point.allowOnly(names);
        for (String name : names) {
          row.add(point.scalar(name, point.required(name, "the value of factor " + name)));
        }
      } else {
        throw d.error(item, "each point is a mapping {factor: value, ...} or a list of values");
      }
      if (row.size() != names.size()) {
        throw d.error(item, "this point has " + row.size() + " values for " + names.size()
            + " factors (" + String.join(", ", names) + ")");
      }
      rows.add(row);
    }
    return rows;
  }

  /** Largest points file read, in bytes (about a million design points of a few factors). */
  static final long MAX_POINTS_FILE_BYTES = 64L << 20;

  /**
   * The points of a points file, at most {@code maxPoints} of them. The file may be anyone's
   * (the sweep file names it): until its header names the factors, nothing of it is quoted.
   */
  private static List<List<String>> csvPoints(Path csv, List<String> names, long maxPoints) {
    String problem = InputFiles.problem(csv);
    if (problem != null) {
      throw new SweepException(csv + ": " + problem);
    }
    String text;
    try {
      text = Utf8Text.decode(InputFiles.read(csv, MAX_POINTS_FILE_BYTES));
    } catch (Utf8Text.NotUtf8Exception e) {
      throw new SweepException(csv + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SweepException(csv + ": cannot read the points file (" + e.getMessage() + ").",
          e);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).get();
    CSVParser parser;
    try {
      parser = format.parse(new StringReader(text));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      // commons-csv's own message quotes the header
      throw notPointsFile(csv, "its first line is not a CSV header naming each column once");
    }
    List<String> missing = names.stream().filter(n -> !parser.getHeaderNames().contains(n))
        .toList();
    if (!missing.isEmpty()) {
      throw notPointsFile(csv, "its header (line 1) does not name the factor"
          + (missing.size() == 1 ? " " : "s ") + UserText.quote(String.join(", ", missing)));
    }
    List<List<String>> rows = new ArrayList<>();
    try (parser) {
      for (CSVRecord r : parser) {
        if (rows.size() == maxPoints) {
          throw new SweepException(String.format(Locale.ROOT, "%s: the points file holds more"
              + " than %,d points, and with the sweep's replications that is more than the"
              + " %,d runs a sweep may plan; list fewer points, lower replications, or split the"
              + " sweep into several.", csv, maxPoints, SweepPlanner.MAX_RUNS));
        }
        rows.add(row(csv, r, names));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new SweepException(csv + ", line " + parser.getCurrentLineNumber() + ": not valid"
          + " CSV (a quoted value is not closed, or text follows its closing quote).", e);
    }
    return rows;
  }

  private static List<String> row(Path csv, CSVRecord r, List<String> names) {
    List<String> row = new ArrayList<>();
    for (String name : names) {
      if (!r.isSet(name) || r.get(name).isBlank()) {
        throw new SweepException(csv + ", line " + (r.getRecordNumber() + 1) + ": no value"
            + " for factor " + UserText.quote(name) + ".");
      }
      row.add(r.get(name));
    }
    return row;
  }

  private static SweepException notPointsFile(Path csv, String why) {
    return new SweepException(csv + ": this is not a points file for this sweep: " + why
        + "; a points file is CSV whose first line names every factor, one column each"
        + " (its content is not shown).");
  }
}
