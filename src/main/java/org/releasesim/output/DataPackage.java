package org.releasesim.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data dictionary of an output folder, {@value #FILE}: a Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/) whose resources are the folder's CSV files,
 * each a tabular data resource with a Table Schema
 * (https://specs.frictionlessdata.io/table-schema/) that names every column in order with its
 * type, description and unit, the cells that stand for a missing value, the primary key and
 * foreign keys.
 *
 * <p>Table Schema has no property for a unit: a field's unit is in its description and also in
 * the custom property {@code unit} (left out for labels and identifiers). Where a column's unit
 * changes from row to row, the table has a {@code unit} column and the field's {@code unit} says
 * so. Numbers are written as {@link CsvNumbers} writes them: an empty cell is a missing value
 * (NaN, a figure that does not apply), and {@code Inf} and {@code -Inf} are infinities, which
 * Table Schema's number type reads.
 *
 * <p>Written with Jackson, pretty-printed with a fixed field order, atomically.
 */
public final class DataPackage {
  /** The file name in every run, compare and sweep folder. */
  public static final String FILE = "datapackage.json";
  /** The cells that stand for a missing value: {@link CsvNumbers} writes NaN as an empty cell. */
  public static final List<String> MISSING = List.of("");
  /** The value of a field's {@code unit} where a {@code unit} column gives it per row. */
  public static final String UNIT_PER_ROW = "per row, in the unit column";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private DataPackage() {}

  /**
   * The descriptor of a folder.
   *
   * @param profile always {@code tabular-data-package}
   * @param name a lower-case name made of letters, digits, {@code -}, {@code _} and {@code .}
   * @param title a one-line title
   * @param description what the folder holds
   * @param resources one per CSV file
   */
  @JsonPropertyOrder({"profile", "name", "title", "description", "resources"})
  public record Descriptor(String profile, String name, String title, String description,
      List<Resource> resources) {
    public Descriptor {
      resources = List.copyOf(resources);
    }
  }

  /** One CSV file of the folder: see {@link #table}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"profile", "name", "path", "format", "mediatype", "encoding", "dialect",
      "description", "schema"})
  public record Resource(String profile, String name, String path, String format,
      String mediatype, String encoding, Dialect dialect, String description, Schema schema) {}

  /** The CSV dialect of every file ({@link CsvFiles}): RFC 4180, {@code \n} line ends. */
  @JsonPropertyOrder({"delimiter", "lineTerminator", "quoteChar", "doubleQuote", "header"})
  public record Dialect(String delimiter, String lineTerminator, String quoteChar,
      boolean doubleQuote, boolean header) {
    static final Dialect CSV = new Dialect(",", "\n", "\"", true, true);
  }

  /** A Table Schema. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"fields", "missingValues", "primaryKey", "foreignKeys"})
  public record Schema(List<Field> fields, List<String> missingValues, List<String> primaryKey,
      List<ForeignKey> foreignKeys) {
    public Schema {
      fields = List.copyOf(fields);
      missingValues = List.copyOf(missingValues);
      primaryKey = List.copyOf(primaryKey);
      foreignKeys = List.copyOf(foreignKeys);
    }

    /** The field names, in column order. */
    public List<String> names() {
      return fields.stream().map(Field::name).toList();
    }
  }

  /**
   * One column.
   *
   * @param name the header cell
   * @param type a Table Schema type: string, integer, number or boolean
   * @param description what the column holds, with its unit
   * @param unit the unit (custom property), or null for labels and identifiers
   * @param trueValues for booleans, the cells that mean true
   * @param falseValues for booleans, the cells that mean false
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "type", "description", "unit", "trueValues", "falseValues"})
  public record Field(String name, String type, String description, String unit,
      List<String> trueValues, List<String> falseValues) {}

  /** A foreign key: {@code fields} of this table name a row of another resource. */
  @JsonPropertyOrder({"fields", "reference"})
  public record ForeignKey(List<String> fields, Reference reference) {}

  /** The other end of a foreign key. */
  @JsonPropertyOrder({"resource", "fields"})
  public record Reference(String resource, List<String> fields) {}

  /** A label or identifier column. */
  public static Field string(String name, String description) {
    return new Field(name, "string", description, null, null, null);
  }

  /** A whole-number column in {@code unit}. */
  public static Field integer(String name, String description, String unit) {
    return new Field(name, "integer", withUnit(description, unit), unit, null, null);
  }

  /** A number column in {@code unit}. */
  public static Field number(String name, String description, String unit) {
    return new Field(name, "number", withUnit(description, unit), unit, null, null);
  }

  /** A column of {@code true} and {@code false}. */
  public static Field bool(String name, String description) {
    return new Field(name, "boolean", description, null, List.of("true"), List.of("false"));
  }

  /** The column that holds each row's unit. */
  public static Field unitColumn(String whose) {
    return string("unit", "The unit of " + whose + " in this row.");
  }

  /**
   * A tabular data resource for a CSV file of the folder, named after the file (lower case,
   * without {@code .csv}).
   */
  public static Resource table(String path, String description, Schema schema) {
    String name = path.toLowerCase(Locale.ROOT).replaceAll("\\.csv$", "")
        .replaceAll("[^a-z0-9._-]", "-");
    return new Resource("tabular-data-resource", name, path, "csv", "text/csv", "utf-8",
        Dialect.CSV, description, schema);
  }

  /** A schema whose missing values are the empty cell. */
  public static Schema schema(List<Field> fields, List<String> primaryKey,
      List<ForeignKey> foreignKeys) {
    return new Schema(fields, MISSING, primaryKey, foreignKeys);
  }

  /** A foreign key from {@code field} to the same-named field of {@code resource}. */
  public static ForeignKey foreignKey(String field, String resource) {
    return new ForeignKey(List.of(field), new Reference(resource, List.of(field)));
  }

  /** A package name: lower case, other characters than letters, digits, . _ - become -. */
  public static String packageName(String text) {
    String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    return name.isEmpty() ? "release-sim" : name;
  }

  /** Writes the descriptor to {@code file}, atomically, ending with a newline. */
  public static void write(Path file, Descriptor descriptor) throws IOException {
    AtomicFiles.writeString(file, MAPPER.writeValueAsString(descriptor) + "\n");
  }

  /** Fields as a mutable list, for schemas that add columns. */
  public static List<Field> fields(Field... fields) {
    return new ArrayList<>(List.of(fields));
  }

  private static String withUnit(String description, String unit) {
    if (unit == null) {
      return description;
    }
    if (unit.equals(UNIT_PER_ROW)) {
      return description + " Unit: given per row in the unit column.";
    }
    return description + " Unit: " + unit + ".";
  }
}
