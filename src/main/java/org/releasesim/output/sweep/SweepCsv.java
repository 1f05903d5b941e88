package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.CsvNumbers;

/**
 * The CSV dialect of every sweep file, the same as the run files': RFC 4180 quoting, {@code \n}
 * line ends, UTF-8, one header line, numbers by {@link CsvNumbers} (locale-independent, and read
 * back to the same double).
 */
final class SweepCsv {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private SweepCsv() {}

  /** One line, without its line end. */
  static String line(List<String> cells) {
    return FORMAT.format(cells.toArray());
  }

  /** A number as a cell. */
  static String num(double value) {
    return CsvNumbers.format(value);
  }

  /** Writes a header and rows, atomically. */
  static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
    AtomicFiles.write(file, writer -> {
      CSVPrinter printer = new CSVPrinter(writer, FORMAT);
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
      printer.flush();
    });
  }
}
