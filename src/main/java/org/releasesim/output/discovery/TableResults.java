package org.releasesim.output.discovery;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.experiment.discovery.DiscoveryException;
import org.releasesim.experiment.discovery.DiscoveryTable;
import org.releasesim.output.CsvNumbers;

/**
 * The rows of any CSV with a header, such as a posterior comparison's draws: the columns named
 * as inputs are what PRIM may restrict (numeric if every cell is a number, else categorical);
 * every other column whose cells are all numbers (an empty cell, NA or NaN is undefined) is an
 * outcome the condition may read; other columns are left out.
 */
public final class TableResults {
  private TableResults() {}

  /**
   * @throws DiscoveryException if the file is missing, not CSV, has no rows, or lacks an input
   */
  public static DiscoverySource read(Path file, List<String> inputs) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new DiscoveryException("--table " + file + ": no such file; give a CSV file with a"
          + " header row, its parameter columns named by --inputs.");
    }
    if (inputs.isEmpty()) {
      throw new DiscoveryException("--table " + file + " needs --inputs COLUMN,... : the"
          + " parameter columns PRIM may restrict.");
    }
    List<String> header;
    List<CSVRecord> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      header = parser.getHeaderNames();
      for (CSVRecord row : parser) {
        if (row.size() != header.size()) {
          throw new DiscoveryException("--table " + file + ", line " + (row.getRecordNumber() + 1)
              + ": " + row.size() + " cells where the header has " + header.size() + ".");
        }
        rows.add(row);
      }
    } catch (CharacterCodingException e) {
      throw notCsv(file, "it is not UTF-8 text");
    } catch (UncheckedIOException e) {
      throw notCsv(file, e.getCause() instanceof CharacterCodingException
          ? "it is not UTF-8 text" : "it is not valid CSV");
    } catch (IllegalArgumentException e) {
      throw notCsv(file, "its header is not valid CSV (an empty or repeated column name?)");
    }
    if (rows.isEmpty()) {
      throw new DiscoveryException("--table " + file + " has no rows below its header.");
    }
    for (String input : inputs) {
      if (!header.contains(input)) {
        throw new DiscoveryException("--inputs: '" + input + "' is not a column of " + file
            + "; its columns are " + String.join(", ", header) + ".");
      }
    }
    List<List<String>> cells = new ArrayList<>();
    List<List<String>> levels = new ArrayList<>();
    for (String input : inputs) {
      cells.add(rows.stream().map(r -> r.get(input)).toList());
      levels.add(List.of());
    }
    List<String> outcomes = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (String column : header) {
      double[] v = inputs.contains(column) ? null : numbers(rows, column);
      if (v != null) {
        outcomes.add(column);
        values.add(v);
      }
    }
    double[][] outcomeRows = new double[rows.size()][outcomes.size()];
    List<String> rowNames = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      for (int o = 0; o < outcomes.size(); o++) {
        outcomeRows[r][o] = values.get(o)[r];
      }
      rowNames.add("line " + (rows.get(r).getRecordNumber() + 1) + " of " + file);
    }
    DiscoveryTable table = DiscoveryTable.of(inputs, cells, levels, outcomes, outcomeRows,
        rowNames);
    return new DiscoverySource(baseName(file), 0, null, List.of(), List.of(), table);
  }

  private static double[] numbers(List<CSVRecord> rows, String column) {
    double[] v = new double[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      try {
        v[r] = CsvNumbers.parse(rows.get(r).get(column));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return v;
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".csv") && name.length() > 4
        ? name.substring(0, name.length() - 4) : name;
  }

  private static DiscoveryException notCsv(Path file, String why) {
    return new DiscoveryException("--table " + file + ": " + why + "; give a CSV file with a"
        + " header row.");
  }
}
