package org.releasesim.experiment.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.scenario.InputFiles;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.experiment.design.FactorDomain;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

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

  static DesignSpec read(YamlFields top, List<FactorSpec> factors, Path file) {
    YamlFields d = top.child("design", top.required("design", "the design, such as design:"
        + " {type: factorial}; types: " + String.join(", ", DesignSpec.TYPES)));
    String type = d.text("type", "");
    if (!KEYS.containsKey(type)) {
      throw new SweepException(d.where() + ": design.type is '" + type + "'; allowed: "
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
    List<List<String>> rows = type.equals("points") ? points(d, factors, file) : List.of();
    if (type.equals("factorial")) {
      for (FactorSpec f : factors) {
        if (f.domain() instanceof FactorDomain.Range) {
          throw new SweepException(f.where() + ": factor " + f.name() + " has a range, but a"
              + " factorial design needs values: [...] (or use latin-hypercube, morris or sobol"
              + " for ranges).");
        }
      }
    }
    return new DesignSpec(type, samples, trajectories, levels, rows, d.where());
  }

  private static List<List<String>> points(YamlFields d, List<FactorSpec> factors, Path file) {
    boolean inline = d.node("points").isPresent();
    boolean fromFile = d.node("pointsFile").isPresent();
    if (inline == fromFile) {
      throw new SweepException(d.where() + ": a points design needs exactly one of points:"
          + " (a list, one mapping of factor name to value per point) or pointsFile: (a CSV"
          + " file with one column per factor).");
    }
    List<String> names = factors.stream().map(FactorSpec::name).toList();
    List<List<String>> rows = inline ? inlinePoints(d, names)
        : csvPoints(file.toAbsolutePath().getParent().resolve(d.text("pointsFile", "")), names);
    if (rows.isEmpty()) {
      throw new SweepException(d.where() + ": the points design lists no points.");
    }
    return rows;
  }

  private static List<List<String>> inlinePoints(YamlFields d, List<String> names) {
    List<List<String>> rows = new ArrayList<>();
    for (Node item : d.list("points")) {
      List<String> row = new ArrayList<>();
      if (item instanceof SequenceNode) {
        for (Node value : ((SequenceNode) item).getValue()) {
          row.add(d.scalar("points", value));
        }
      } else if (item instanceof MappingNode) {
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

  private static List<List<String>> csvPoints(Path csv, List<String> names) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).get();
    String problem = InputFiles.problem(csv);
    if (problem != null) {
      throw new SweepException(csv + ": " + problem);
    }
    try (Reader reader = new java.io.StringReader(new String(InputFiles.read(csv,
        MAX_POINTS_FILE_BYTES), StandardCharsets.UTF_8));
        CSVParser parser = format.parse(reader)) {
      if (!parser.getHeaderNames().containsAll(names)) {
        throw new SweepException(csv + ": the header must name every factor ("
            + String.join(", ", names) + "), but it is " + String.join(",",
            parser.getHeaderNames()) + ".");
      }
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        List<String> row = new ArrayList<>();
        for (String name : names) {
          if (!r.isSet(name) || r.get(name).isBlank()) {
            throw new SweepException(csv + ", line " + (r.getRecordNumber() + 1) + ": no value"
                + " for factor " + name + ".");
          }
          row.add(r.get(name));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new SweepException(csv + ": cannot read the points file (" + e.getMessage() + ").",
          e);
    }
  }
}
