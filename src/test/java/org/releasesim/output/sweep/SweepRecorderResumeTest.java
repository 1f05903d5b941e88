package org.releasesim.output.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.SeriesValue;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;

/**
 * A resumed sweep keeps exactly the runs whose rows are whole and unchanged in runs.csv,
 * runs-series.csv and the ledger, and redoes the rest, however the files were cut; a row changed
 * after it was written is refused. Runs are made up here (no model runs): four series rows
 * each, so every file's expected content can be written down by hand.
 */
class SweepRecorderResumeTest {
  private static final int RUNS = 6;
  private static final int SERIES_ROWS = 4;

  @TempDir
  Path dir;
  private SweepPlan plan;

  @BeforeEach
  void plan() {
    String text = "name: t\nbase: " + Path.of("src/test/resources/golden/tiny.yaml")
        .toAbsolutePath() + "\nseed: 3\nreplications: " + RUNS + "\ndesign: {type: factorial}\n"
        + "factors:\n  - key: trust.unauthorizedChill\n    values: [0.1]\n"
        + "outcomes: [crimes]\ntimeSeries: [crimes]\n";
    plan = SweepPlanner.plan(new SweepFileReader().parse(text, Path.of("t.yaml")), false);
  }

  @Test
  void seriesCutShortWhileRunsCsvIsWholeRedoesTheRunsWhoseSeriesAreGone() throws IOException {
    recordAll();
    // cut runs-series.csv inside run 2's rows (mid-line): runs.csv still holds all six runs
    cutTo(SeriesRunsCsv.FILE, 1 + 2 * SERIES_ROWS, 5);
    assertEquals(List.of(2, 3, 4, 5), remainingAfterResume());
    assertEquals(lines(RunsCsv.FILE).subList(0, 3), linesNow(RunsCsv.FILE));
    assertEquals(1 + 2 * SERIES_ROWS, linesNow(SeriesRunsCsv.FILE).size());
    assertEquals(3, linesNow(RunLedger.FILE).size(), "header and two runs");
  }

  @Test
  void runsCsvCutShortRedoesFromTheCutInEveryFile() throws IOException {
    recordAll();
    cutTo(RunsCsv.FILE, 4, 3);
    assertEquals(List.of(3, 4, 5), remainingAfterResume());
    assertEquals(1 + 3 * SERIES_ROWS, linesNow(SeriesRunsCsv.FILE).size());
    assertEquals(4, linesNow(RunLedger.FILE).size());
  }

  @Test
  void aRunWrittenButNotYetInTheLedgerIsRedone() throws IOException {
    recordAll();
    cutTo(RunLedger.FILE, 5, 0);
    assertEquals(List.of(4, 5), remainingAfterResume());
    assertEquals(5, linesNow(RunsCsv.FILE).size());
  }

  @Test
  void aResumedSweepWritesTheSameBytesAsOneNeverStopped() throws IOException {
    recordAll();
    List<String> whole = new ArrayList<>();
    for (String f : List.of(RunsCsv.FILE, SeriesRunsCsv.FILE, RunLedger.FILE)) {
      whole.add(Files.readString(dir.resolve(f)));
    }
    cutTo(SeriesRunsCsv.FILE, 7, 2);
    try (SweepRecorder r = SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), true)) {
      for (RunSpec run : r.remaining()) {
        r.accept(record(run));
      }
    }
    List<String> resumed = new ArrayList<>();
    for (String f : List.of(RunsCsv.FILE, SeriesRunsCsv.FILE, RunLedger.FILE)) {
      resumed.add(Files.readString(dir.resolve(f)));
    }
    assertEquals(whole, resumed);
  }

  @Test
  void aRowEditedAfterItWasWrittenIsRefusedWithItsFileAndLine() throws IOException {
    recordAll();
    Path runs = dir.resolve(RunsCsv.FILE);
    List<String> lines = lines(RunsCsv.FILE);
    lines.set(3, lines.get(3).replaceAll(",[^,]*$", ",999"));
    Files.write(runs, lines);
    SweepException e = assertThrows(SweepException.class,
        () -> SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), true));
    assertTrue(e.getMessage().startsWith(runs + ", line 4 (run 2) is not the row this sweep"
        + " wrote"), e.getMessage());
    assertEquals(lines, Files.readAllLines(runs), "the file is left as it was");
  }

  @Test
  void aSeriesRowEditedAfterItWasWrittenIsRefused() throws IOException {
    recordAll();
    Path series = dir.resolve(SeriesRunsCsv.FILE);
    List<String> lines = lines(SeriesRunsCsv.FILE);
    lines.set(5, lines.get(5).replace(",6.5,", ",7.5,"));
    Files.write(series, lines);
    SweepException e = assertThrows(SweepException.class,
        () -> SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), true));
    assertTrue(e.getMessage().startsWith(series + ", lines 6 to 9 (run 1) are not the rows"),
        e.getMessage());
  }

  @Test
  void rowsWithoutALedgerCannotBeCheckedAndAreRefused() throws IOException {
    recordAll();
    Files.delete(dir.resolve(RunLedger.FILE));
    SweepException e = assertThrows(SweepException.class,
        () -> SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), true));
    assertTrue(e.getMessage().contains("is missing"), e.getMessage());
  }

  @Test
  void aHalfWrittenHeaderStartsAfreshAndAnotherSweepsHeaderIsRefused() throws IOException {
    Files.writeString(dir.resolve(RunsCsv.FILE), "ru");
    assertEquals(List.of(0, 1, 2, 3, 4, 5), remainingAfterResume());
    Files.writeString(dir.resolve(RunsCsv.FILE), "run,y\n0,a\n");
    assertThrows(SweepException.class, () -> SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), true));
  }

  @Test
  void rowsThatCannotBeWrittenNameTheirFileAndLeaveWholeLines() throws IOException {
    // runs-series.csv points at /dev/full, where every write fails as on a full disk
    Files.createSymbolicLink(dir.resolve(SeriesRunsCsv.FILE), Path.of("/dev/full"));
    IOException e = assertThrows(IOException.class,
        () -> SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), false));
    assertEquals(dir.resolve(SeriesRunsCsv.FILE),
        ((org.releasesim.output.OutputWriteException) e).file());
    assertEquals("No space left on device", e.getCause().getMessage());
    assertEquals(List.of(RunsCsv.headerLine(plan)), linesNow(RunsCsv.FILE), "whole lines");
  }

  private void recordAll() throws IOException {
    try (SweepRecorder r = SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), false)) {
      for (RunSpec run : Shard.WHOLE.runs(plan)) {
        r.accept(record(run));
      }
    }
    assertEquals(1 + RUNS, lines(RunsCsv.FILE).size());
    assertEquals(1 + RUNS * SERIES_ROWS, lines(SeriesRunsCsv.FILE).size());
  }

  /** Run i: outcome 100 + i; series values 5i + 1.5 ... 5i + 4.5 on days 30 to 120. */
  private static RunRecord record(RunSpec run) {
    List<SeriesValue> series = new ArrayList<>();
    for (int k = 1; k <= SERIES_ROWS; k++) {
      series.add(new SeriesValue(0, 30 * k, 5 * run.index() + k + 0.5));
    }
    return new RunRecord(run, List.of(100.0 + run.index()), series);
  }

  private List<Integer> remainingAfterResume() throws IOException {
    try (SweepRecorder r = SweepRecorder.open(dir, plan, Shard.WHOLE.runs(plan), true)) {
      return r.remaining().stream().map(RunSpec::index).toList();
    }
  }

  /** Cuts a file after {@code lines} whole lines and {@code more} bytes of the next. */
  private void cutTo(String name, int lines, int more) throws IOException {
    Path file = dir.resolve(name);
    long bytes = 0;
    List<String> all = Files.readAllLines(file);
    for (int i = 0; i < lines; i++) {
      bytes += all.get(i).length() + 1;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(bytes + more);
    }
  }

  private List<String> lines(String name) throws IOException {
    return new ArrayList<>(Files.readAllLines(dir.resolve(name)));
  }

  private List<String> linesNow(String name) throws IOException {
    return Files.readAllLines(dir.resolve(name));
  }
}
