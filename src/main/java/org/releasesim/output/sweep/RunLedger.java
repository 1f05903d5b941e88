package org.releasesim.output.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@value #FILE}, beside runs.csv: one line per run, written after the run's rows are in
 * runs.csv and runs-series.csv, with the SHA-256 of its runs.csv row and the count and SHA-256
 * of its runs-series.csv rows. A run is recorded when its ledger line is on disk; a resume keeps
 * the runs whose rows are whole in every file and match their checksums, redoes the rest, and
 * refuses a row changed since it was written, rather than analyse the changed value.
 *
 * @param run the run index
 * @param row the SHA-256 of its runs.csv row, as lower-case hex
 * @param seriesRows how many runs-series.csv rows it has
 * @param series the SHA-256 of those rows, each followed by its line end
 */
record RunLedger(int run, String row, int seriesRows, String series) {
  static final String FILE = ".runs-ledger";
  static final String HEADER = "run,row_sha256,series_rows,series_sha256";

  /** The ledger line of a run with these rows. */
  static RunLedger of(int run, String row, List<String> seriesRows) {
    return new RunLedger(run, sha256(row), seriesRows.size(), sha256(lines(seriesRows)));
  }

  /** A ledger line read back, or empty if it is not one. */
  static Optional<RunLedger> parse(String line) {
    String[] cells = line.split(",", -1);
    try {
      return cells.length == 4 && cells[1].length() == 64 && cells[3].length() == 64
          ? Optional.of(new RunLedger(Integer.parseInt(cells[0]), cells[1],
              Integer.parseInt(cells[2]), cells[3])) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String line() {
    return run + "," + row + "," + seriesRows + "," + series;
  }

  /** Whether a runs.csv row is the one recorded. */
  boolean matchesRow(String line) {
    return row.equals(sha256(line));
  }

  /** Whether runs-series.csv rows are the ones recorded. */
  boolean matchesSeries(List<String> rows) {
    return rows.size() == seriesRows && series.equals(sha256(lines(rows)));
  }

  private static String lines(List<String> rows) {
    StringBuilder text = new StringBuilder();
    rows.forEach(r -> text.append(r).append('\n'));
    return text.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must provide SHA-256", e);
    }
  }
}
