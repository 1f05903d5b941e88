package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * What a sweep folder's logs hold, checked against one another, for a resume: the runs, from the
 * first on, that the ledger records and whose rows are whole and unchanged in runs.csv and in
 * runs-series.csv, and where each file ends after them. Anything after (a run killed half-way, a
 * file cut short, a run whose rows are in one file but not the other) is cut off and redone; a
 * complete row whose checksum differs from the ledger's was changed after it was written, and
 * the resume is refused with the file and line.
 *
 * @param done how many of the process's runs are recorded whole
 * @param runsBytes where runs.csv ends after them (0: start it afresh)
 * @param seriesBytes where runs-series.csv ends after them (0: start it afresh)
 * @param ledgerBytes where the ledger ends after them (0: start it afresh)
 */
record RecordedRuns(int done, long runsBytes, long seriesBytes, long ledgerBytes) {
  /**
   * Checks the logs in {@code dir}.
   *
   * @param mine the runs this process is to do, in order
   * @throws SweepException if a file holds another sweep's header, a row was changed, or rows
   *     are recorded without a ledger (an earlier version's folder, or the ledger deleted)
   */
  static RecordedRuns check(Path dir, SweepPlan plan, List<RunSpec> mine) throws IOException {
    FileLines runs = FileLines.read(dir.resolve(RunsCsv.FILE));
    FileLines series = plan.timeSeries().isEmpty() ? null
        : FileLines.read(dir.resolve(SeriesRunsCsv.FILE));
    FileLines ledger = FileLines.read(dir.resolve(RunLedger.FILE));
    boolean runsHeader = header(runs, RunsCsv.headerLine(plan));
    boolean seriesHeader = series != null && header(series, SeriesRunsCsv.headerLine());
    boolean ledgerHeader = header(ledger, RunLedger.HEADER);
    if (runs.size() > 1 && !ledgerHeader) {
      throw new SweepException(runs.file() + " holds " + (runs.size() - 1) + " runs, but "
          + dir.resolve(RunLedger.FILE) + ", which holds the checksum of every row as it was"
          + " written, is missing: the sweep was started by an earlier version of release-sim,"
          + " or the file was deleted, so its rows cannot be checked. Run the sweep without"
          + " --resume to start it afresh in a new folder.");
    }
    if (!runsHeader || (series != null && !seriesHeader) || !ledgerHeader) {
      return new RecordedRuns(0, 0, 0, 0);
    }
    int done = 0;
    int seriesAt = 1;
    while (done < mine.size() && done + 1 < ledger.size() && done + 1 < runs.size()) {
      Optional<RunLedger> entry = RunLedger.parse(ledger.get(done + 1));
      if (entry.isEmpty() || entry.get().run() != mine.get(done).index()) {
        break;
      }
      if (!entry.get().matchesRow(runs.get(done + 1))) {
        throw changed(runs.file(), "line " + (done + 2) + " (run " + entry.get().run()
            + ") is not the row", dir);
      }
      int rows = entry.get().seriesRows();
      if (series != null && seriesAt + rows > series.size()) {
        break;
      }
      if (series != null && !entry.get().matchesSeries(
          series.lines().subList(seriesAt, seriesAt + rows))) {
        throw changed(series.file(), "lines " + (seriesAt + 1) + " to " + (seriesAt + rows)
            + " (run " + entry.get().run() + ") are not the rows", dir);
      }
      seriesAt += series == null ? 0 : rows;
      done++;
    }
    return new RecordedRuns(done, runs.bytes(done + 1),
        series == null ? 0 : series.bytes(seriesAt), ledger.bytes(done + 1));
  }

  /**
   * Whether a log starts with its header: false for a missing file or one cut inside its header
   * (started afresh); a different header means another sweep wrote it.
   */
  private static boolean header(FileLines lines, String header) {
    if (lines.size() == 0) {
      return false;
    }
    if (!lines.get(0).equals(header)) {
      throw new SweepException(lines.file() + ": its header differs from this sweep's, so it was"
          + " written by another sweep file or version; run the sweep without --resume to start"
          + " it in a new folder.");
    }
    return true;
  }

  private static SweepException changed(Path file, String what, Path dir) {
    return new SweepException(file + ", " + what + " this sweep wrote for that run: its SHA-256"
        + " differs from the one recorded in " + dir.resolve(RunLedger.FILE) + " as it was"
        + " written, so the file was edited or damaged, and a resume would analyse the changed"
        + " values. Put the original file back, or run the sweep without --resume to start it"
        + " afresh in a new folder.");
  }
}
