package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks an output folder's datapackage.json as a reader of the Frictionless specs would: it
 * parses, lists exactly the folder's CSV files, gives every column in header order with a type,
 * a description and (for numbers) a unit, and its keys name real columns whose values hold.
 */
public final class DataPackageCheck {
  private DataPackageCheck() {}

  /** Checks the folder's data package and returns it, parsed. */
  public static JsonNode describesEveryCsv(Path dir) throws IOException {
    JsonNode pkg = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
    assertEquals("tabular-data-package", pkg.path("profile").asText());
    assertTrue(pkg.path("name").asText().matches("[a-z0-9._-]+"), pkg.path("name").asText());
    Set<String> listed = new TreeSet<>();
    for (JsonNode r : pkg.path("resources")) {
      String path = r.path("path").asText();
      listed.add(path);
      assertEquals("tabular-data-resource", r.path("profile").asText(), path);
      JsonNode schema = r.path("schema");
      List<String> names = new ArrayList<>();
      for (JsonNode f : schema.path("fields")) {
        names.add(f.path("name").asText());
        assertFalse(f.path("description").asText().isBlank(), path + " " + f);
        assertTrue(Set.of("string", "integer", "number", "boolean")
            .contains(f.path("type").asText()), path + " " + f);
        if (f.path("type").asText().equals("number")) {
          assertFalse(f.path("unit").asText().isBlank(), "a number needs a unit: " + path + f);
          assertTrue(f.path("description").asText().contains("Unit: "), path + " " + f);
        }
      }
      assertEquals(header(dir.resolve(path)), names, path + ": the schema's fields in order");
      assertEquals(List.of(""), strings(schema.path("missingValues")), path);
      List<String> primaryKey = strings(schema.path("primaryKey"));
      for (String key : primaryKey) {
        assertTrue(names.contains(key), path + ": primary key " + key);
      }
      Set<List<String>> keys = new HashSet<>();
      for (CSVRecord row : records(dir.resolve(path))) {
        List<String> key = primaryKey.stream().map(row::get).toList();
        assertTrue(keys.add(key), path + ": primary key " + key + " twice");
      }
      for (JsonNode fk : schema.path("foreignKeys")) {
        String field = fk.path("fields").get(0).asText();
        assertTrue(names.contains(field), path + ": foreign key " + field);
        String other = fk.path("reference").path("resource").asText();
        String otherField = fk.path("reference").path("fields").get(0).asText();
        Path otherFile = dir.resolve(pathOf(pkg, other));
        Set<String> targets = new HashSet<>(column(otherFile, otherField));
        Set<String> values = new HashSet<>(column(dir.resolve(path), field));
        values.removeAll(targets);
        assertTrue(values.isEmpty(), path + "." + field + " values missing from " + other + "."
            + otherField + ": " + values);
      }
    }
    Set<String> csvs = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
          .forEach(csvs::add);
    }
    assertEquals(csvs, listed, "every CSV of " + dir + " and nothing else");
    return pkg;
  }

  /** The resource with this name's path. */
  static String pathOf(JsonNode pkg, String resource) {
    for (JsonNode r : pkg.path("resources")) {
      if (r.path("name").asText().equals(resource)) {
        return r.path("path").asText();
      }
    }
    throw new AssertionError("no resource " + resource);
  }

  /** The field of a resource, by name. */
  public static JsonNode field(JsonNode pkg, String path, String name) {
    for (JsonNode r : pkg.path("resources")) {
      if (r.path("path").asText().equals(path)) {
        for (JsonNode f : r.path("schema").path("fields")) {
          if (f.path("name").asText().equals(name)) {
            return f;
          }
        }
      }
    }
    throw new AssertionError("no field " + name + " in " + path);
  }

  /** A CSV file's header. */
  public static List<String> header(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
      return parser.getHeaderNames();
    }
  }

  /** Every value of one column. */
  public static List<String> column(Path csv, String name) throws IOException {
    List<String> values = new ArrayList<>();
    for (CSVRecord r : records(csv)) {
      values.add(r.get(name));
    }
    return values;
  }

  /** Every record of a CSV file with a header. */
  public static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get().parse(reader)) {
      return parser.getRecords();
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
