package org.releasesim.output.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunSink;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * Streams finished runs to runs.csv (and runs-series.csv), and on a resume works out which runs
 * are done. A run's series rows are written before its runs.csv row, so runs.csv decides what is
 * done: on resume, runs.csv keeps its complete rows that are this process's runs in order, and
 * runs-series.csv keeps only rows of those runs.
 */
public final class SweepRecorder implements RunSink, Closeable {
  private final SweepPlan plan;
  private final CsvLog runs;
  private final CsvLog series;
  private final List<RunSpec> remaining;

  private SweepRecorder(SweepPlan plan, CsvLog runs, CsvLog series, List<RunSpec> remaining) {
    this.plan = plan;
    this.runs = runs;
    this.series = series;
    this.remaining = List.copyOf(remaining);
  }

  /**
   * Opens the logs in {@code dir}.
   *
   * @param mine the runs this process is to do (all, or a shard's), in order
   * @param resume keep the runs already recorded, else start afresh
   */
  public static SweepRecorder open(Path dir, SweepPlan plan, List<RunSpec> mine, boolean resume)
      throws IOException {
    Path runsFile = dir.resolve(RunsCsv.FILE);
    Path seriesFile = dir.resolve(SeriesRunsCsv.FILE);
    boolean withSeries = !plan.timeSeries().isEmpty();
    if (!resume) {
      return new SweepRecorder(plan, CsvLog.create(runsFile, RunsCsv.headerLine(plan)),
          withSeries ? CsvLog.create(seriesFile, SeriesRunsCsv.headerLine()) : null, mine);
    }
    int cells = RunsCsv.header(plan).size();
    List<String> kept = new ArrayList<>();
    CsvLog runs = CsvLog.resume(runsFile, RunsCsv.headerLine(plan),
        line -> kept.size() < mine.size() && RunsCsv.runIndexOf(line) == mine.get(kept.size())
            .index() && cellCount(line) == cells, kept);
    Set<Integer> done = new HashSet<>();
    kept.forEach(line -> done.add(RunsCsv.runIndexOf(line)));
    CsvLog series = withSeries ? CsvLog.resume(seriesFile, SeriesRunsCsv.headerLine(),
        line -> done.contains(RunsCsv.runIndexOf(line)), new ArrayList<>()) : null;
    return new SweepRecorder(plan, runs, series, mine.subList(kept.size(), mine.size()));
  }

  /** The runs still to do. */
  public List<RunSpec> remaining() {
    return remaining;
  }

  @Override
  public void accept(RunRecord run) throws IOException {
    if (series != null) {
      series.append(SeriesRunsCsv.lines(plan, run));
    }
    runs.append(List.of(RunsCsv.line(plan, run)));
  }

  @Override
  public void close() throws IOException {
    runs.close();
    if (series != null) {
      series.close();
    }
  }

  private static int cellCount(String line) {
    try (CSVParser parser = CSVParser.parse(line, SweepCsv.FORMAT)) {
      return parser.getRecords().stream().mapToInt(r -> r.size()).findFirst().orElse(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
