package org.releasesim.output;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV dialect of our output files, and the plumbing shared by the writers and readers:
 * RFC 4180 quoting with {@code \n} line ends (what R's {@code read.csv} and pandas'
 * {@code read_csv} expect by default), UTF-8, one header line.
 */
final class CsvFiles {
  private CsvFiles() {}

  /** Write a header and one record per item, atomically. */
  static <T> void write(Path file, List<String> header, List<T> items,
      Function<T, List<String>> cells) throws IOException {
    AtomicFiles.write(file, writer -> {
      CSVPrinter printer = printer(writer, header);
      for (T item : items) {
        printer.printRecord(cells.apply(item));
      }
      printer.flush();
    });
  }

  /** A printer in our dialect that has already written {@code header}. */
  static CSVPrinter printer(Writer writer, List<String> header) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader(header.toArray(String[]::new)).get();
    return new CSVPrinter(writer, format);
  }

  /** A printer in our dialect that continues a file whose header is already written. */
  static CSVPrinter appender(Writer writer) throws IOException {
    return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
  }

  /**
   * Read a file written by {@link #write}, checking that its header is exactly
   * {@code header}, and convert each record.
   *
   * @throws IOException if the file cannot be read, its header differs, or a record does not
   *     convert; the message names the file and line
   */
  static <T> List<T> read(Path file, List<String> header, Function<CSVRecord, T> convert)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<T> items = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      if (!parser.getHeaderNames().equals(header)) {
        // the header found is not quoted: the file may be anything
        throw new IOException(file + ": expected the header " + String.join(",", header)
            + ", but the first line is not that header");
      }
      for (CSVRecord csvRecord : parser) {
        items.add(convertRecord(file, header, csvRecord, convert));
      }
    }
    return items;
  }

  private static <T> T convertRecord(Path file, List<String> header, CSVRecord csvRecord,
      Function<CSVRecord, T> convert) throws IOException {
    if (csvRecord.size() != header.size()) {
      throw new IOException(file + ", line " + csvRecord.getRecordNumber() + ": expected "
          + header.size() + " cells but found " + csvRecord.size());
    }
    try {
      return convert.apply(csvRecord);
    } catch (IllegalArgumentException e) {
      // the parsers' own messages quote the cell
      throw new IOException(file + ", line " + csvRecord.getRecordNumber() + ": a cell does"
          + " not hold what its column does (a number, or one of its names)", e);
    }
  }
}
