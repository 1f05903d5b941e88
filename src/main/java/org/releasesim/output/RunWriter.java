package org.releasesim.output;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.releasesim.experiment.KeySeries;
import org.releasesim.experiment.SteadyState;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

/**
 * Writes a run's files in the order that keeps the folder honest at every moment:
 * <ol>
 *   <li>{@link #begin}: {@value RunDirectory#MANIFEST} with status {@code running}, and
 *       {@value RunDirectory#SCENARIO}, before the model starts, so even a crashed run says what
 *       it was;</li>
 *   <li>the time series, either all at once in {@link #complete(RunDirectory, RunManifest,
 *       String, List, List)} or streamed during the run with {@link TimeSeriesWriter};</li>
 *   <li>{@link #complete}: the summary, the steady-state checks and the charts (both from the
 *       time-series file as read back, so they show exactly what the CSV holds), the metric
 *       dictionary and the data dictionary ({@value DataPackage#FILE}), the report,
 *       the manifest with status {@code complete} and the checksums of every file, and last the
 *       {@value RunDirectory#COMPLETE} marker;</li>
 *   <li>or, if the run fails, {@link #fail}: the manifest with status {@code failed} and the
 *       reason, and no marker.</li>
 * </ol>
 */
public final class RunWriter {
  private final Clock clock;

  /** @param clock the clock for end times (pass a fixed clock in tests) */
  public RunWriter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Record a starting run: a little disk space set aside (so that a run that fills the disk can
   * still say it failed), the resolved scenario text and the running manifest.
   */
  public void begin(RunDirectory run, RunManifest started) throws IOException {
    reserveSpace(run);
    if (started.scenarioYaml() != null) {
      AtomicFiles.writeString(run.file(RunDirectory.SCENARIO), started.scenarioYaml());
    }
    ManifestJson.write(run.file(RunDirectory.MANIFEST), started);
  }

  /**
   * Write the time series, then finish the run as {@link #complete(RunDirectory, RunManifest,
   * String, List)} does.
   */
  public FinishedRun complete(RunDirectory run, RunManifest started, String description,
      List<SeriesPoint> series, List<SummaryRow> summary) throws IOException {
    TimeSeriesCsv.write(run.file(RunDirectory.TIMESERIES), series);
    return complete(run, started, description, summary);
  }

  /**
   * Finish a run whose {@value RunDirectory#TIMESERIES} is already written: summary,
   * steady-state checks, charts, report, final manifest, marker. If any of these fails, the
   * manifest is rewritten with status {@code failed} before the exception is passed on.
   *
   * @param description the scenario's description, for the report
   * @return the final manifest, as written, and the steady-state checks
   */
  public FinishedRun complete(RunDirectory run, RunManifest started, String description,
      List<SummaryRow> summary) throws IOException {
    try {
      SteadyState steady = writeOutputs(run, started, description, summary);
      RunManifest done = started.finished(RunManifest.Status.COMPLETE, clock.instant(),
          Checksums.ofRun(run.path()));
      ManifestJson.write(run.file(RunDirectory.MANIFEST), done);
      run.markComplete();
      SpaceReserve.release(run.path());
      return new FinishedRun(done, steady);
    } catch (IOException | RuntimeException e) {
      try {
        fail(run, started, e.getMessage());
      } catch (IOException | RuntimeException second) {
        e.addSuppressed(second);
      }
      throw e;
    }
  }

  /** Sets disk space aside for {@link #fail}, as {@link #begin} does: for a resumed run. */
  public void reserveSpace(RunDirectory run) throws IOException {
    SpaceReserve.make(run.path());
  }

  private static SteadyState writeOutputs(RunDirectory run, RunManifest started,
      String description, List<SummaryRow> summary) throws IOException {
    SummaryCsv.write(run.file(RunDirectory.SUMMARY), summary);
    List<SeriesPoint> series = TimeSeriesCsv.read(run.file(RunDirectory.TIMESERIES));
    SteadyState steady = SteadyState.of(KeySeries.of(series));
    StationarityCsv.write(run.file(RunDirectory.STATIONARITY), steady);
    MetricsCsv.write(run.file(RunDirectory.METRICS));
    RunDataPackage.write(run, started.scenarioName());
    List<ChartFile> charts = RunCharts.draw(run.chartsDir(), series);
    ReportHeader header = new ReportHeader(started.scenarioName(), description, run.runId(),
        started.seed());
    HtmlReport.write(run.file(RunDirectory.INDEX), header, steady, charts, summary);
    return steady;
  }

  /**
   * Record that a run failed: the manifest gets status {@code failed}, the reason, the end time
   * and the checksums of whatever was written; no marker is written. The space set aside at the
   * start is given back first, so this works on a disk the run has filled.
   *
   * @param reason why the run stopped, in words, or null if not known
   */
  public RunManifest fail(RunDirectory run, RunManifest started, String reason)
      throws IOException {
    SpaceReserve.release(run.path());
    RunManifest failed = started.failed(clock.instant(), Checksums.ofRun(run.path()), reason);
    ManifestJson.write(run.file(RunDirectory.MANIFEST), failed);
    return failed;
  }
}
