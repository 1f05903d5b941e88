package org.releasesim.output.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunSink;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * Streams finished runs to runs.csv (and runs-series.csv), and on a resume works out which runs
 * are done. A run's series rows are written first, then its runs.csv row, then its line in the
 * ledger ({@link RunLedger}) with the checksums of both: a run is done when its ledger line is
 * on disk and its rows are whole and unchanged in every file ({@link RecordedRuns}).
 */
public final class SweepRecorder implements RunSink, Closeable {
  private final SweepPlan plan;
  private final CsvLog runs;
  private final CsvLog series;
  private final CsvLog ledger;
  private final List<RunSpec> remaining;

  private SweepRecorder(SweepPlan plan, CsvLog runs, CsvLog series, CsvLog ledger,
      List<RunSpec> remaining) {
    this.plan = plan;
    this.runs = runs;
    this.series = series;
    this.ledger = ledger;
    this.remaining = List.copyOf(remaining);
  }

  /**
   * Opens the logs in {@code dir}.
   *
   * @param mine the runs this process is to do (all, or a shard's), in order
   * @param resume keep the runs already recorded, else start afresh
   * @throws org.releasesim.experiment.sweep.SweepException if a recorded row was changed, or
   *     the files belong to another sweep
   */
  public static SweepRecorder open(Path dir, SweepPlan plan, List<RunSpec> mine, boolean resume)
      throws IOException {
    RecordedRuns recorded = resume ? RecordedRuns.check(dir, plan, mine)
        : new RecordedRuns(0, 0, 0, 0);
    CsvLog runs = log(dir.resolve(RunsCsv.FILE), recorded.runsBytes(), RunsCsv.headerLine(plan));
    CsvLog series = null;
    try {
      series = plan.timeSeries().isEmpty() ? null : log(dir.resolve(SeriesRunsCsv.FILE),
          recorded.seriesBytes(), SeriesRunsCsv.headerLine());
      CsvLog ledger = log(dir.resolve(RunLedger.FILE), recorded.ledgerBytes(),
          RunLedger.HEADER);
      return new SweepRecorder(plan, runs, series, ledger,
          mine.subList(recorded.done(), mine.size()));
    } catch (IOException | RuntimeException e) {
      runs.close();
      if (series != null) {
        series.close();
      }
      throw e;
    }
  }

  private static CsvLog log(Path file, long bytes, String header) throws IOException {
    return bytes == 0 ? CsvLog.create(file, header) : CsvLog.at(file, bytes);
  }

  /** The runs still to do. */
  public List<RunSpec> remaining() {
    return remaining;
  }

  @Override
  public void accept(RunRecord run) throws IOException {
    List<String> seriesRows = series == null ? List.of() : SeriesRunsCsv.lines(plan, run);
    String row = RunsCsv.line(plan, run);
    if (series != null) {
      series.append(seriesRows);
    }
    runs.append(List.of(row));
    ledger.append(List.of(RunLedger.of(run.run().index(), row, seriesRows).line()));
  }

  @Override
  public void close() throws IOException {
    try {
      runs.close();
      if (series != null) {
        series.close();
      }
    } finally {
      ledger.close();
    }
  }
}
