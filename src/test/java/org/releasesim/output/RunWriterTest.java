package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

class RunWriterTest {
  private static final Instant END = Instant.parse("2025-03-01T12:01:30Z");
  private static final Clock CLOCK = Clock.fixed(END, ZoneOffset.UTC);
  private static final List<SummaryRow> SUMMARY = List.of(new SummaryRow("all", "crimes", "all",
      "all", "all", Metric.Kind.FLOW, 10, 5, 1));

  @TempDir
  Path base;

  @Test
  void aCompletedRunHasEveryFileAManifestWhoseChecksumsMatchAndTheMarker() throws IOException {
    RunDirectory run = RunDirectory.create(base, "two-counties", 42, CLOCK);
    RunManifest started = ManifestJsonTest.started();
    RunWriter writer = new RunWriter(CLOCK);
    writer.begin(run, started);
    assertEquals(RunManifest.Status.RUNNING,
        ManifestJson.read(run.file(RunDirectory.MANIFEST)).status());
    assertFalse(RunDirectory.isComplete(run.path()));

    List<SeriesPoint> series = SyntheticSeries.weekly(List.of("Adams", "Baker"), 12);
    RunManifest done = writer.complete(run, started, "Two counties.", series, SUMMARY)
        .manifest();

    RunManifest read = ManifestJson.read(run.file(RunDirectory.MANIFEST));
    assertEquals(done, read);
    assertEquals(RunManifest.Status.COMPLETE, read.status());
    assertEquals(90.0, read.wallSeconds());
    assertEquals(List.of(), Checksums.mismatches(run.path(), read.outputs()));
    assertEquals(Checksums.ofRun(run.path()), read.outputs(), "every file is listed");
    assertTrue(read.outputs().keySet().containsAll(List.of("timeseries.csv", "summary.csv",
        "stationarity.csv", "index.html", "scenario.yaml", "charts/costs.png",
        "charts/costs_by_jurisdiction.svg")));
    assertEquals(started.scenarioYaml(), Files.readString(run.file(RunDirectory.SCENARIO)));
    assertEquals(series, TimeSeriesCsv.read(run.file(RunDirectory.TIMESERIES)));
    assertTrue(RunDirectory.isComplete(run.path()));
  }

  @Test
  void aFailedRunSaysSoAndHasNoMarker() throws IOException {
    RunDirectory run = RunDirectory.create(base, "s", 1, CLOCK);
    RunWriter writer = new RunWriter(CLOCK);
    writer.begin(run, ManifestJsonTest.started());
    writer.fail(run, ManifestJsonTest.started(), "the disk is full");
    RunManifest read = ManifestJson.read(run.file(RunDirectory.MANIFEST));
    assertEquals(RunManifest.Status.FAILED, read.status());
    assertEquals("the disk is full", read.failure());
    assertEquals(END, read.endTime());
    assertFalse(RunDirectory.isComplete(run.path()));
  }

  @Test
  void aStreamedTimeSeriesEqualsTheOneWrittenAtOnce() throws IOException {
    List<SeriesPoint> series = SyntheticSeries.weekly(List.of("Adams"), 3);
    Path streamed = base.resolve("streamed.csv");
    try (TimeSeriesWriter csv = TimeSeriesWriter.open(streamed)) {
      series.forEach(csv::accept);
      assertFalse(Files.exists(streamed), "nothing visible before commit");
      csv.commit();
      assertEquals(series.size(), csv.rows());
    }
    Path atOnce = base.resolve("at-once.csv");
    TimeSeriesCsv.write(atOnce, series);
    assertEquals(Files.readString(atOnce), Files.readString(streamed));
  }

  @Test
  void anAbandonedStreamLeavesNoFile() throws IOException {
    Path file = base.resolve("timeseries.csv");
    assertThrows(UncheckedIOException.class, () -> {
      try (TimeSeriesWriter csv = TimeSeriesWriter.open(file)) {
        csv.accept(new SeriesPoint(7, "A", "crimes", "all", "all", "all", 1));
        throw new UncheckedIOException(new IOException("model crashed"));
      }
    });
    try (var files = Files.list(base)) {
      assertEquals(List.of(), files.toList());
    }
  }
}
